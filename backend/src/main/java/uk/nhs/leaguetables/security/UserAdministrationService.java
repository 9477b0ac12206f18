package uk.nhs.leaguetables.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;

/**
 * What administrators do with accounts: create them, grant and revoke roles, disable and
 * enable them. Every change is audited with the roles before and after. The last enabled
 * administrator cannot remove their own access, so the service never locks itself out.
 */
@Service
public class UserAdministrationService {

	/** NCSC guidance favours length over composition rules. */
	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	UserAdministrationService(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<UserAccount> users() {
		return users.findAll();
	}

	/**
	 * Creates an account; without a password it signs in only through the configured OIDC
	 * provider.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserAccount create(String username, String displayName, @Nullable String password,
			@Nullable String organisationCode, Set<Role> roles) {
		String actor = CurrentUser.username();
		if (username == null || !username.matches("[a-z0-9._@-]{3,64}")) {
			throw new IllegalArgumentException(
					"username: 3 to 64 characters of lower-case letters, digits and . _ @ -");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new IllegalArgumentException("displayName: required");
		}
		if (password != null && password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"password: at least " + MINIMUM_PASSWORD_LENGTH + " characters (or none, for OIDC sign-in)");
		}
		if (users.exists(username)) {
			throw new IllegalArgumentException("username: '" + username + "' exists already");
		}
		users.create(username, displayName.strip(), (password != null) ? passwordEncoder.encode(password) : null,
				organisationCode, roles, actor);
		UserAccount created = users.find(username).orElseThrow();
		auditLog.record(new AuditEntry(actor, "USER_CREATED", "app_user", username, state(created), null));
		return created;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserAccount grant(String username, Role role, @Nullable String reason) {
		String actor = CurrentUser.username();
		UserAccount before = existing(username);
		if (before.roles().contains(role)) {
			throw new IllegalArgumentException("role: '" + username + "' is " + role + " already");
		}
		users.grant(username, role, actor);
		return audited(actor, "ROLE_GRANTED", before, reason);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserAccount revoke(String username, Role role, @Nullable String reason) {
		String actor = CurrentUser.username();
		UserAccount before = existing(username);
		if (!before.roles().contains(role)) {
			throw new IllegalArgumentException("role: '" + username + "' is not " + role);
		}
		if (role == Role.ADMIN) {
			requireAnotherAdministrator(before);
		}
		users.revoke(username, role);
		return audited(actor, "ROLE_REVOKED", before, reason);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserAccount setEnabled(String username, boolean enabled, @Nullable String reason) {
		String actor = CurrentUser.username();
		UserAccount before = existing(username);
		if (!enabled && before.enabled() && before.roles().contains(Role.ADMIN)) {
			requireAnotherAdministrator(before);
		}
		users.setEnabled(username, enabled);
		return audited(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", before, reason);
	}

	private UserAccount existing(String username) {
		return users.findForUpdate(username)
			.orElseThrow(() -> new IllegalArgumentException("username: there is no user '" + username + "'"));
	}

	private void requireAnotherAdministrator(UserAccount losingAccess) {
		if (losingAccess.enabled() && users.countEnabledWith(Role.ADMIN) <= 1) {
			throw new IllegalArgumentException("'" + losingAccess.username()
					+ "' is the last enabled administrator; make someone else an administrator first");
		}
	}

	private UserAccount audited(String actor, String action, UserAccount before, @Nullable String reason) {
		UserAccount after = users.find(before.username()).orElseThrow();
		auditLog.record(new AuditEntry(actor, action, "app_user", before.username(), state(after), reason)
			.before(state(before)));
		return after;
	}

	private static String state(UserAccount account) {
		Set<Role> roles = account.roles().isEmpty() ? Set.of() : EnumSet.copyOf(account.roles());
		return "{\"enabled\": %s, \"roles\": [%s]}".formatted(account.enabled(),
				String.join(", ", roles.stream().map((role) -> "\"" + role + "\"").toList()));
	}

}
