package uk.nhs.leaguetables.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.tables.records.ApiTokenRecord;

import static uk.nhs.leaguetables.db.Tables.API_TOKEN;

/** API tokens, stored only as their SHA-256. */
@Repository
class ApiTokenRepository {

	private final DSLContext dsl;

	ApiTokenRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	ApiToken create(String name, String tokenSha256, String username, @Nullable String organisationCode,
			@Nullable OffsetDateTime expiresAt, String issuedBy) {
		return toToken(dsl.insertInto(API_TOKEN)
			.set(API_TOKEN.NAME, name)
			.set(API_TOKEN.TOKEN_SHA256, tokenSha256)
			.set(API_TOKEN.USERNAME, username)
			.set(API_TOKEN.ORGANISATION_CODE, organisationCode)
			.set(API_TOKEN.EXPIRES_AT, expiresAt)
			.set(API_TOKEN.ISSUED_BY, issuedBy)
			.returning()
			.fetchSingle());
	}

	/** The user of a token that is neither revoked nor expired. */
	Optional<String> usernameOfValidToken(String tokenSha256, OffsetDateTime now) {
		return dsl.select(API_TOKEN.USERNAME)
			.from(API_TOKEN)
			.where(API_TOKEN.TOKEN_SHA256.eq(tokenSha256), API_TOKEN.REVOKED_AT.isNull(),
					API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
			.fetchOptional(API_TOKEN.USERNAME);
	}

	/** Tokens, newest first: every one, or only those acting as one account. */
	List<ApiToken> list(@Nullable String username) {
		Condition of = (username != null) ? API_TOKEN.USERNAME.eq(username) : DSL.noCondition();
		return dsl.selectFrom(API_TOKEN).where(of).orderBy(API_TOKEN.ID.desc()).fetch(this::toToken);
	}

	/** The token, locked until the transaction ends. */
	Optional<ApiToken> findForUpdate(long id) {
		return dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).forUpdate().fetchOptional(this::toToken);
	}

	ApiToken revoke(long id, String revokedBy, OffsetDateTime now) {
		return toToken(dsl.update(API_TOKEN)
			.set(API_TOKEN.REVOKED_AT, now)
			.set(API_TOKEN.REVOKED_BY, revokedBy)
			.where(API_TOKEN.ID.eq(id))
			.returning()
			.fetchSingle());
	}

	/**
	 * Revokes the account's active tokens that someone else issued, whose secrets that
	 * person may still hold.
	 */
	int revokeIssuedByOthers(String username, String revokedBy, OffsetDateTime now) {
		return dsl.update(API_TOKEN)
			.set(API_TOKEN.REVOKED_AT, now)
			.set(API_TOKEN.REVOKED_BY, revokedBy)
			.where(API_TOKEN.USERNAME.eq(username), API_TOKEN.REVOKED_AT.isNull(),
					API_TOKEN.ISSUED_BY.isDistinctFrom(username))
			.execute();
	}

	ApiToken expire(long id, OffsetDateTime expiresAt) {
		return toToken(dsl.update(API_TOKEN)
			.set(API_TOKEN.EXPIRES_AT, expiresAt)
			.where(API_TOKEN.ID.eq(id))
			.returning()
			.fetchSingle());
	}

	private ApiToken toToken(ApiTokenRecord record) {
		return new ApiToken(record.getId(), record.getName(), record.getUsername(), record.getIssuedBy(),
				record.getCreatedAt(), record.getExpiresAt(), record.getRevokedAt(), record.getRevokedBy());
	}

}
