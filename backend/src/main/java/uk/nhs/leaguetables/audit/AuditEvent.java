package uk.nhs.leaguetables.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One entry of the audit log as auditors read it, with its place in the hash chain. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String action, @Nullable String entityType,
		@Nullable String entityId, @Nullable String periodCode, @Nullable String league,
		@Nullable String organisationCode, @Nullable String beforeState, @Nullable String afterState,
		@Nullable String reason, String previousHash, String hash) {
}
