package uk.nhs.leaguetables.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the browser-facing security headers on every response, including those answered
 * before Spring Security runs (replayed GraphQL responses): a Content-Security-Policy per
 * part of the service (the API's JSON and CSV are never rendered as pages; GraphiQL runs
 * only the scripts served from the jar; the console needs inline styles and Vaadin's
 * evaluated scripts), no framing, no MIME sniffing, no full URLs in referrers to other
 * sites, and HSTS on HTTPS requests (behind a proxy only when forwarded headers are
 * trusted, {@code server.forward-headers-strategy}).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	private final String graphQlPath;

	private final String graphiQlPath;

	private final SecurityHeadersProperties policies;

	SecurityHeadersFilter(String graphQlPath, String graphiQlPath, SecurityHeadersProperties policies) {
		this.graphQlPath = graphQlPath;
		this.graphiQlPath = graphiQlPath;
		this.policies = policies;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", policyFor(request.getRequestURI()));
		response.setHeader("Referrer-Policy", policies.referrerPolicy());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		if (request.isSecure() && !policies.hstsMaxAge().isZero()) {
			response.setHeader("Strict-Transport-Security",
					"max-age=" + policies.hstsMaxAge().toSeconds() + "; includeSubDomains");
		}
		chain.doFilter(request, response);
	}

	private String policyFor(String path) {
		if (under(path, graphiQlPath)) {
			return policies.graphiqlPolicy();
		}
		if (under(path, graphQlPath) || under(path, "/exports") || under(path, "/actuator")) {
			return policies.apiPolicy();
		}
		return policies.consolePolicy();
	}

	private static boolean under(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

}
