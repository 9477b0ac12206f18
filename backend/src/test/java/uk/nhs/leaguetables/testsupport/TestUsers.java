package uk.nhs.leaguetables.testsupport;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;

/**
 * Users that tests sign in as over HTTP or in the browser, created on first use in the
 * shared test database.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static void ensure(UserAccountRepository users, PasswordEncoder passwordEncoder, String username,
			String password, Role... roles) {
		if (!users.exists(username)) {
			users.create(username, "Test user " + username, passwordEncoder.encode(password), null, Set.of(roles),
					"test");
		}
	}

}
