package uk.nhs.leaguetables.security;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An API token as it is listed: never its secret, which is shown once when issued and
 * stored only as its SHA-256.
 *
 * @param id its number
 * @param name what it is for
 * @param username the account it acts as
 * @param issuedBy who issued it, when recorded
 * @param createdAt when
 * @param expiresAt when it stops working, if ever
 * @param revokedAt when it was revoked
 * @param revokedBy by whom
 */
public record ApiToken(long id, String name, String username, @Nullable String issuedBy, OffsetDateTime createdAt,
		@Nullable OffsetDateTime expiresAt, @Nullable OffsetDateTime revokedAt, @Nullable String revokedBy) {

	/** Whether it authenticates now. */
	public boolean active() {
		return active(OffsetDateTime.now());
	}

	/** Whether it authenticates at that time. */
	public boolean active(OffsetDateTime now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

}
