package uk.nhs.leaguetables.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A failed attempt to authenticate with an API token: it names no account, so the token
 * itself is never recorded, only where the attempt came from.
 */
final class ApiTokenAttempt extends AbstractAuthenticationToken {

	ApiTokenAttempt(WebAuthenticationDetails details) {
		super(List.of());
		setDetails(details);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return "";
	}

	@Override
	public String getName() {
		return "";
	}

}
