package uk.nhs.leaguetables.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs in the users of the {@code app_user} table with their hashed passwords and roles.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	DatabaseUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.find(username)
			.filter((user) -> user.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(account.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())
			.build();
	}

}
