package uk.nhs.leaguetables.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets start-up tasks (such as loading the demo data) act through the same secured
 * services as people do, under a named system identity that the audit log records.
 */
public final class SystemActor {

	private SystemActor() {
	}

	public static void runAs(String username, Role role, Runnable task) {
		callAs(username, role, () -> {
			task.run();
			return null;
		});
	}

	public static <T> T callAs(String username, Role role, Supplier<T> task) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			return task.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
