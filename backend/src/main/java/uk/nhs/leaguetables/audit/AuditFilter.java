package uk.nhs.leaguetables.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list; every criterion is optional and they combine with AND.
 *
 * @param actor who acted
 * @param action what was done, e.g. TABLE_PUBLISHED
 * @param entityId the thing it was done to, e.g. a submission number
 * @param periodCode entries concerning this quarter, e.g. 2025/26 Q1
 * @param organisationCode entries concerning this organisation
 * @param from entries at or after this moment
 * @param to entries before this moment
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String entityId,
		@Nullable String periodCode, @Nullable String organisationCode, @Nullable OffsetDateTime from,
		@Nullable OffsetDateTime to) {
}
