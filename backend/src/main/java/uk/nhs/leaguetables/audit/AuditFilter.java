package uk.nhs.leaguetables.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list; every criterion is optional and they combine with AND.
 *
 * @param actor who acted
 * @param action what was done, e.g. TABLE_PUBLISHED
 * @param entityId the thing it was done to, e.g. a submission number
 * @param from entries at or after this moment
 * @param to entries before this moment
 * @param periodCode entries about this quarter: its steps, and its submissions,
 * calculations and publications
 * @param organisationCode entries about this organisation, including submissions with its
 * values
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String entityId,
		@Nullable OffsetDateTime from, @Nullable OffsetDateTime to, @Nullable String periodCode,
		@Nullable String organisationCode) {

	public AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String entityId,
			@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
		this(actor, action, entityId, from, to, null, null);
	}

}
