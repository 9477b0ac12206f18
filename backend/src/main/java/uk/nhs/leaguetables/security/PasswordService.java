package uk.nhs.leaguetables.security;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.platform.digest.Sha256;

/**
 * Passwords are chosen only by their holders: once through the activation link of a new
 * account, then by changing it with the current one. Every choice meets the
 * {@link PasswordPolicy}; no administrator can set or reset anyone's password.
 */
@Service
public class PasswordService {

	private final UserAccountRepository users;

	private final AccountActivationRepository activations;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final PasswordPolicy policy = PasswordPolicy.nist();

	PasswordService(UserAccountRepository users, AccountActivationRepository activations,
			PasswordEncoder passwordEncoder, AuditLog auditLog) {
		this.users = users;
		this.activations = activations;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
	}

	/** The account an activation link is for, while it can be used. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> accountToActivate(String token) {
		return activations.usable(Sha256.hex(token), OffsetDateTime.now()).flatMap(users::find);
	}

	/**
	 * Sets the first password of the account of an unused, unexpired activation link and
	 * uses the link up. Anonymous: the link is the credential.
	 * @return the account's username
	 * @throws IllegalArgumentException naming the field ({@code token} or
	 * {@code password}) and the rule
	 */
	@Transactional
	public String activate(String token, String password) {
		String hash = Sha256.hex(token);
		OffsetDateTime now = OffsetDateTime.now();
		UserAccount account = activations.usable(hash, now)
			.flatMap(users::findForUpdate)
			.filter((candidate) -> candidate.signIn() == UserAccount.SignIn.AWAITING_ACTIVATION)
			.orElseThrow(() -> new IllegalArgumentException(
					"token: this activation link is unknown, used or expired; ask an administrator for a new one"));
		policy.check("password", password, account.username(), account.displayName());
		activations.use(hash, now)
			.orElseThrow(() -> new IllegalArgumentException("token: this activation link was used a moment ago"));
		users.setPasswordHash(account.username(), passwordEncoder.encode(password));
		auditLog.record(new AuditEntry(account.username(), "ACCOUNT_ACTIVATED", "app_user", account.username(),
				"{\"signIn\": \"PASSWORD\"}", null));
		return account.username();
	}

	/**
	 * Changes the signed-in user's password; needs the current one.
	 * @throws IllegalArgumentException naming the field and the rule
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void change(String currentPassword, String newPassword) {
		String username = CurrentUser.username();
		UserAccount account = users.findForUpdate(username).orElseThrow();
		if (account.passwordHash() == null) {
			throw new IllegalArgumentException("currentPassword: '" + username
					+ "' has no password here; it signs in through the identity provider or awaits activation");
		}
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new IllegalArgumentException("currentPassword: not your current password");
		}
		if (newPassword.equals(currentPassword)) {
			throw new IllegalArgumentException("newPassword: the same as the current password");
		}
		policy.check("newPassword", newPassword, account.username(), account.displayName());
		users.setPasswordHash(username, passwordEncoder.encode(newPassword));
		auditLog.record(new AuditEntry(username, "PASSWORD_CHANGED", "app_user", username, null, null));
	}

}
