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
 */
public record UserAccount(String username, String displayName, @Nullable String passwordHash,
		@Nullable String organisationCode, boolean enabled, Set<Role> roles) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

}
