package uk.nhs.leaguetables.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.AppRole;
import uk.nhs.leaguetables.db.tables.records.AppUserRecord;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static uk.nhs.leaguetables.db.Tables.ACCOUNT_ACTIVATION;
import static uk.nhs.leaguetables.db.Tables.API_TOKEN;
import static uk.nhs.leaguetables.db.Tables.APP_USER;
import static uk.nhs.leaguetables.db.Tables.APP_USER_ROLE;
import static uk.nhs.leaguetables.db.Tables.ROLE_PROPOSAL;

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
		user.setCreatedBy(grantedBy);
		user.store();
		roles.forEach((role) -> grant(username, role, grantedBy));
	}

	/**
	 * Creates an account without a password: its holder chooses one through an activation
	 * link, or it signs in only through the OIDC provider.
	 */
	void createWithoutPassword(String username, String displayName, @Nullable String organisationCode, boolean oidcOnly,
			Set<Role> roles, String createdBy) {
		AppUserRecord user = dsl.newRecord(APP_USER);
		user.setUsername(username);
		user.setDisplayName(displayName);
		user.setOrganisationCode(organisationCode);
		user.setOidcOnly(oidcOnly);
		user.setCreatedBy(createdBy);
		user.store();
		roles.forEach((role) -> grant(username, role, createdBy));
	}

	void setPasswordHash(String username, String passwordHash) {
		dsl.update(APP_USER)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.where(APP_USER.USERNAME.eq(username), APP_USER.OIDC_ONLY.isFalse())
			.execute();
	}

	/**
	 * Whether {@code actor} created the account, issued its current activation link (the
	 * only one that works; earlier ones were replaced unused), proposed or confirmed one
	 * of its roles, or issued one of its API tokens, and so may hold or have handed out
	 * its credentials.
	 */
	boolean hadAHandIn(String actor, String account) {
		return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(account), APP_USER.CREATED_BY.eq(actor))
				|| dsl.fetchExists(ACCOUNT_ACTIVATION, ACCOUNT_ACTIVATION.USERNAME.eq(account),
						ACCOUNT_ACTIVATION.ISSUED_BY.eq(actor))
				|| dsl.fetchExists(ROLE_PROPOSAL, ROLE_PROPOSAL.USERNAME.eq(account),
						ROLE_PROPOSAL.STATUS.eq(RoleProposal.Status.CONFIRMED.name()),
						ROLE_PROPOSAL.PROPOSED_BY.eq(actor).or(ROLE_PROPOSAL.DECIDED_BY.eq(actor)))
				|| dsl.fetchExists(API_TOKEN, API_TOKEN.USERNAME.eq(account), API_TOKEN.ISSUED_BY.eq(actor),
						API_TOKEN.ISSUED_BY.ne(API_TOKEN.USERNAME));
	}

	/** Every account, by username. */
	public List<UserAccount> findAll() {
		Map<String, Set<Role>> roles = new HashMap<>();
		dsl.selectFrom(APP_USER_ROLE)
			.forEach((grant) -> roles.computeIfAbsent(grant.getUsername(), (username) -> EnumSet.noneOf(Role.class))
				.add(DatabaseEnums.fromDatabase(grant.getRole(), Role.class)));
		return dsl.selectFrom(APP_USER)
			.orderBy(APP_USER.USERNAME)
			.fetch((user) -> toAccount(user, roles.getOrDefault(user.getUsername(), Set.of())));
	}

	/**
	 * The account, locked until the transaction ends so that changes to it are serial.
	 */
	Optional<UserAccount> findForUpdate(String username) {
		return dsl.selectFrom(APP_USER)
			.where(APP_USER.USERNAME.eq(username))
			.forUpdate()
			.fetchOptional()
			.map(this::withRoles);
	}

	void grant(String username, Role role, String grantedBy) {
		dsl.insertInto(APP_USER_ROLE)
			.set(APP_USER_ROLE.USERNAME, username)
			.set(APP_USER_ROLE.ROLE, DatabaseEnums.toDatabase(role, AppRole.class))
			.set(APP_USER_ROLE.GRANTED_BY, grantedBy)
			.onConflictDoNothing()
			.execute();
	}

	void revoke(String username, Role role) {
		dsl.deleteFrom(APP_USER_ROLE)
			.where(APP_USER_ROLE.USERNAME.eq(username),
					APP_USER_ROLE.ROLE.eq(DatabaseEnums.toDatabase(role, AppRole.class)))
			.execute();
	}

	void setEnabled(String username, boolean enabled) {
		dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.USERNAME.eq(username)).execute();
	}

	/** How many enabled accounts hold the role. */
	int countEnabledWith(Role role) {
		return dsl.fetchCount(APP_USER.join(APP_USER_ROLE).on(APP_USER_ROLE.USERNAME.eq(APP_USER.USERNAME)),
				APP_USER.ENABLED.isTrue(), APP_USER_ROLE.ROLE.eq(DatabaseEnums.toDatabase(role, AppRole.class)));
	}

	private UserAccount withRoles(AppUserRecord user) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		dsl.select(APP_USER_ROLE.ROLE)
			.from(APP_USER_ROLE)
			.where(APP_USER_ROLE.USERNAME.eq(user.getUsername()))
			.fetch(APP_USER_ROLE.ROLE)
			.forEach((role) -> roles.add(DatabaseEnums.fromDatabase(role, Role.class)));
		return toAccount(user, roles);
	}

	private static UserAccount toAccount(AppUserRecord user, Set<Role> roles) {
		return new UserAccount(user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
				user.getOrganisationCode(), user.getEnabled(), roles, user.getOidcOnly());
	}

}
