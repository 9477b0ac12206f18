package uk.nhs.leaguetables.security;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A proposal to grant a publication role, which takes effect only when a second
 * administrator confirms it.
 *
 * @param id its number
 * @param username the account that would get the role
 * @param role the role
 * @param proposedBy the administrator who proposed it
 * @param proposedAt when
 * @param reason why, as the proposer put it
 * @param status whether it waits, took effect, or was declined or withdrawn
 * @param decidedBy who confirmed, declined or withdrew it
 * @param decidedAt when
 */
public record RoleProposal(long id, String username, Role role, String proposedBy, OffsetDateTime proposedAt,
		@Nullable String reason, Status status, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt) {

	/** Where a proposal stands; it is decided once. */
	public enum Status {

		/** Waiting for a second administrator. */
		PENDING,

		/** Confirmed by a second administrator; the role was granted. */
		CONFIRMED,

		/** Declined by an administrator. */
		DECLINED,

		/** Withdrawn by its proposer. */
		WITHDRAWN

	}

}
