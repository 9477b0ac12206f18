package uk.nhs.leaguetables.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person or system that signs in.
 *
 * @param username the sign-in name
 * @param displayName the name shown in the console and the audit log
 * @param passwordHash the password hash with its algorithm prefix, null for OIDC-only
 * users
 * @param organisationCode the organisation a submitter submits for, if restricted to one
 * @param enabled whether the account may sign in
 * @param roles what the account may do
 * @param oidcOnly whether the account signs in only through the OIDC provider and never
 * has a password
 */
public record UserAccount(String username, String displayName, @Nullable String passwordHash,
		@Nullable String organisationCode, boolean enabled, Set<Role> roles, boolean oidcOnly) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

	/** How the account signs in. */
	public SignIn signIn() {
		if (oidcOnly) {
			return SignIn.OIDC_ONLY;
		}
		return (passwordHash != null) ? SignIn.PASSWORD : SignIn.AWAITING_ACTIVATION;
	}

	/** How an account signs in. */
	public enum SignIn {

		/** With the password its holder chose. */
		PASSWORD,

		/** Through the OIDC provider only; it has no password. */
		OIDC_ONLY,

		/** Not yet: its holder has not used the activation link to choose a password. */
		AWAITING_ACTIVATION

	}

}
