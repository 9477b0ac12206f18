package uk.nhs.leaguetables.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer nlt_…} requests as the token's user. An
 * unknown, revoked or expired token gets 401 at once rather than silently continuing as
 * an anonymous client, and counts as a failed sign-in of the client address: once the
 * address is throttled ({@link SignInThrottle}) its tokens get 429 without being looked
 * up.
 */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final ApplicationEventPublisher events;

	private final SignInThrottle throttle;

	ApiTokenAuthenticationFilter(ApiTokenService tokens, ApplicationEventPublisher events, SignInThrottle throttle) {
		this.tokens = tokens;
		this.events = events;
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.startsWith(BEARER)) {
			chain.doFilter(request, response);
			return;
		}
		var refusal = throttle.refusal(null, request.getRemoteAddr());
		if (refusal.isPresent()) {
			SignInRefusals.tooManyRequests(response, new SignInThrottledException(refusal.get()));
			return;
		}
		var user = tokens.authenticate(header.substring(BEARER.length()).strip());
		if (user.isEmpty()) {
			var attempt = new ApiTokenAttempt(new WebAuthenticationDetails(request));
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
					new BadCredentialsException("Unknown, revoked or expired API token")));
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The API token is unknown, revoked or expired\","
						+ "\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get().username(), null,
				user.get().roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
	}

}
