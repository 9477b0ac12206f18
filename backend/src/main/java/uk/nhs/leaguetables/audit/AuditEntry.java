package uk.nhs.leaguetables.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, as the audit log records it. The log assigns the time,
 * sequence and hash chain. The period, league and organisation it concerns are recorded
 * in their own columns so that auditors can filter on them.
 *
 * @param actor who did it (a username, or {@code system})
 * @param action what was done, in UPPER_SNAKE_CASE (e.g. {@code REFERENCE_DATA_LOADED})
 * @param entityType the kind of thing it was done to
 * @param entityId the identifier of that thing
 * @param periodCode the quarter it concerns, e.g. 2025/26 Q1
 * @param league the league it concerns, e.g. ACUTE
 * @param organisationCode the organisation it concerns
 * @param beforeState what the thing looked like before, as JSON
 * @param afterState what it looked like afterwards, as JSON
 * @param reason why, where a person gave a reason
 */
public record AuditEntry(String actor, String action, @Nullable String entityType, @Nullable String entityId,
		@Nullable String periodCode, @Nullable String league, @Nullable String organisationCode,
		@Nullable String beforeState, @Nullable String afterState, @Nullable String reason) {

	public AuditEntry(String actor, String action, @Nullable String entityType, @Nullable String entityId,
			@Nullable String afterState, @Nullable String reason) {
		this(actor, action, entityType, entityId, null, null, null, null, afterState, reason);
	}

	public static AuditEntry bySystem(String action, String entityType, String entityId, String afterStateJson) {
		return new AuditEntry("system", action, entityType, entityId, afterStateJson, null);
	}

	/** This entry, recorded as concerning one quarter and, unless null, one league. */
	public AuditEntry concerning(String periodCode, @Nullable Enum<?> league) {
		return new AuditEntry(actor, action, entityType, entityId, periodCode, (league != null) ? league.name() : null,
				organisationCode, beforeState, afterState, reason);
	}

	/** This entry, recorded as concerning one organisation. */
	public AuditEntry concerningOrganisation(String code) {
		return new AuditEntry(actor, action, entityType, entityId, periodCode, league, code, beforeState, afterState,
				reason);
	}

	/** This entry with what the thing looked like before the change, as JSON. */
	public AuditEntry before(String beforeStateJson) {
		return new AuditEntry(actor, action, entityType, entityId, periodCode, league, organisationCode,
				beforeStateJson, afterState, reason);
	}

}
