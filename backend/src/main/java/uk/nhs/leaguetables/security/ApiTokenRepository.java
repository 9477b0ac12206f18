package uk.nhs.leaguetables.security;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static uk.nhs.leaguetables.db.Tables.API_TOKEN;

/** API tokens, stored only as their SHA-256. */
@Repository
class ApiTokenRepository {

	private final DSLContext dsl;

	ApiTokenRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void create(String name, String tokenSha256, String username, @Nullable String organisationCode,
			@Nullable OffsetDateTime expiresAt) {
		dsl.insertInto(API_TOKEN)
			.set(API_TOKEN.NAME, name)
			.set(API_TOKEN.TOKEN_SHA256, tokenSha256)
			.set(API_TOKEN.USERNAME, username)
			.set(API_TOKEN.ORGANISATION_CODE, organisationCode)
			.set(API_TOKEN.EXPIRES_AT, expiresAt)
			.execute();
	}

	/** The user of a token that is neither revoked nor expired. */
	Optional<String> usernameOfValidToken(String tokenSha256, OffsetDateTime now) {
		return dsl.select(API_TOKEN.USERNAME)
			.from(API_TOKEN)
			.where(API_TOKEN.TOKEN_SHA256.eq(tokenSha256), API_TOKEN.REVOKED_AT.isNull(),
					API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
			.fetchOptional(API_TOKEN.USERNAME);
	}

}
