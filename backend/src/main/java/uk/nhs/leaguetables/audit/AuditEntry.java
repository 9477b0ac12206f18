package uk.nhs.leaguetables.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, as the audit log records it. The log assigns the time,
 * sequence and hash chain.
 *
 * @param actor who did it (a username, or {@code system})
 * @param action what was done, in UPPER_SNAKE_CASE (e.g. {@code REFERENCE_DATA_LOADED})
 * @param entityType the kind of thing it was done to
 * @param entityId the identifier of that thing
 * @param afterState what it looked like afterwards, as JSON
 * @param reason why, where a person gave a reason
 */
public record AuditEntry(String actor, String action, @Nullable String entityType, @Nullable String entityId,
		@Nullable String afterState, @Nullable String reason) {

	public static AuditEntry bySystem(String action, String entityType, String entityId, String afterStateJson) {
		return new AuditEntry("system", action, entityType, entityId, afterStateJson, null);
	}

}
