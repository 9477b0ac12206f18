package uk.nhs.leaguetables.platform.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security headers of {@link SecurityHeadersFilter}
 * ({@code league-tables.web.headers.*}).
 *
 * @param apiPolicy the Content-Security-Policy of the GraphQL endpoint, exports and
 * Actuator, whose responses are data, never pages
 * @param graphiqlPolicy GraphiQL's: scripts only from this service (its assets are in the
 * jar); inline styles, which its editor sets
 * @param consolePolicy the console's: Vaadin Flow evaluates the server's JavaScript
 * ({@code 'unsafe-eval'}) and its bootstrap page and components use inline scripts and
 * styles; everything else only from this service
 * @param referrerPolicy what the browser sends as {@code Referer} to other sites
 * @param hstsMaxAge how long browsers remember to use HTTPS only (sent on HTTPS requests;
 * 0 sends nothing)
 */
@ConfigurationProperties("league-tables.web.headers")
record SecurityHeadersProperties(
		@DefaultValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'") String apiPolicy,
		@DefaultValue("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
				+ "form-action 'none'") String graphiqlPolicy,
		@DefaultValue("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
				+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
				+ "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
				+ "form-action 'self'") String consolePolicy,
		@DefaultValue("strict-origin-when-cross-origin") String referrerPolicy,
		@DefaultValue("365d") Duration hstsMaxAge) {
}
