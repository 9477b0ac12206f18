package uk.nhs.leaguetables.security;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static uk.nhs.leaguetables.db.Tables.ACCOUNT_ACTIVATION;

/** Activation links of new accounts, stored only as the SHA-256 of their token. */
@Repository
class AccountActivationRepository {

	private final DSLContext dsl;

	AccountActivationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Records the account's link, replacing an earlier one that was never used. */
	void issue(String username, String tokenSha256, String issuedBy, OffsetDateTime expiresAt) {
		dsl.insertInto(ACCOUNT_ACTIVATION)
			.set(ACCOUNT_ACTIVATION.USERNAME, username)
			.set(ACCOUNT_ACTIVATION.TOKEN_SHA256, tokenSha256)
			.set(ACCOUNT_ACTIVATION.ISSUED_BY, issuedBy)
			.set(ACCOUNT_ACTIVATION.EXPIRES_AT, expiresAt)
			.onConflict(ACCOUNT_ACTIVATION.USERNAME)
			.doUpdate()
			.set(ACCOUNT_ACTIVATION.TOKEN_SHA256, tokenSha256)
			.set(ACCOUNT_ACTIVATION.ISSUED_BY, issuedBy)
			.set(ACCOUNT_ACTIVATION.ISSUED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
			.set(ACCOUNT_ACTIVATION.EXPIRES_AT, expiresAt)
			.where(ACCOUNT_ACTIVATION.USED_AT.isNull())
			.execute();
	}

	/**
	 * Marks an unused, unexpired link used and returns its account; a link that is used,
	 * expired or unknown gives nothing. The update is the check, so two uses of the same
	 * link cannot both succeed.
	 */
	Optional<String> use(String tokenSha256, OffsetDateTime now) {
		return dsl.update(ACCOUNT_ACTIVATION)
			.set(ACCOUNT_ACTIVATION.USED_AT, now)
			.where(ACCOUNT_ACTIVATION.TOKEN_SHA256.eq(tokenSha256), ACCOUNT_ACTIVATION.USED_AT.isNull(),
					ACCOUNT_ACTIVATION.EXPIRES_AT.gt(now))
			.returning(ACCOUNT_ACTIVATION.USERNAME)
			.fetchOptional(ACCOUNT_ACTIVATION.USERNAME);
	}

	/** The account of a link that can still be used, without using it. */
	Optional<String> usable(String tokenSha256, OffsetDateTime now) {
		return dsl.select(ACCOUNT_ACTIVATION.USERNAME)
			.from(ACCOUNT_ACTIVATION)
			.where(ACCOUNT_ACTIVATION.TOKEN_SHA256.eq(tokenSha256), ACCOUNT_ACTIVATION.USED_AT.isNull(),
					ACCOUNT_ACTIVATION.EXPIRES_AT.gt(now))
			.fetchOptional(ACCOUNT_ACTIVATION.USERNAME);
	}

}
