package uk.nhs.leaguetables.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as the audit log and the four-eyes rule need to know. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/**
	 * The signed-in user's name; refuses to answer for anonymous callers, who never
	 * change anything.
	 */
	public static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new org.springframework.security.access.AccessDeniedException("Sign in first");
		}
		return authentication.getName();
	}

	public static boolean hasRole(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals(role.authority()));
	}

}
