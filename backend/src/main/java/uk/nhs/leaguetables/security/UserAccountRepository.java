package uk.nhs.leaguetables.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.AppRole;
import uk.nhs.leaguetables.db.tables.records.AppUserRecord;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static uk.nhs.leaguetables.db.Tables.APP_USER;
import static uk.nhs.leaguetables.db.Tables.APP_USER_ROLE;

/** Users and their roles in PostgreSQL. */
@Repository
public class UserAccountRepository {

	private final DSLContext dsl;

	UserAccountRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public Optional<UserAccount> find(String username) {
		return dsl.fetchOptional(APP_USER, APP_USER.USERNAME.eq(username)).map(this::withRoles);
	}

	public boolean exists(String username) {
		return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
	}

	/**
	 * Creates a user with the given roles; the password hash is computed by the caller's
	 * encoder.
	 */
	public void create(String username, String displayName, @Nullable String passwordHash,
			@Nullable String organisationCode, Set<Role> roles, String grantedBy) {
		AppUserRecord user = dsl.newRecord(APP_USER);
		user.setUsername(username);
		user.setDisplayName(displayName);
		user.setPasswordHash(passwordHash);
		user.setOrganisationCode(organisationCode);
		user.store();
		for (Role role : roles) {
			dsl.insertInto(APP_USER_ROLE)
				.set(APP_USER_ROLE.USERNAME, username)
				.set(APP_USER_ROLE.ROLE, DatabaseEnums.toDatabase(role, AppRole.class))
				.set(APP_USER_ROLE.GRANTED_BY, grantedBy)
				.execute();
		}
	}

	private UserAccount withRoles(AppUserRecord user) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		dsl.select(APP_USER_ROLE.ROLE)
			.from(APP_USER_ROLE)
			.where(APP_USER_ROLE.USERNAME.eq(user.getUsername()))
			.fetch(APP_USER_ROLE.ROLE)
			.forEach((role) -> roles.add(DatabaseEnums.fromDatabase(role, Role.class)));
		return new UserAccount(user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
				user.getOrganisationCode(), user.getEnabled(), roles);
	}

}
