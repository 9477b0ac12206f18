package uk.nhs.leaguetables.security;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API's security: GraphQL and exports are open to anonymous clients, who see
 * published data only (Actuator has its own chain,
 * {@link ActuatorSecurityConfiguration}); staff authenticate with HTTP Basic, trusts'
 * systems with an API token ({@code Authorization: Bearer …}). What each role may do is
 * checked in the services with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * The paths of the API, and {@code /error}, where the servlet container forwards the
	 * API's error responses (such as a 400 for a malformed body), which must reach the
	 * client rather than a redirect to the console's login; the console (all-in-one
	 * deployment) secures everything else with its own chain.
	 */
	private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

	static final String[] API_PATHS = { "/graphql/**", "/graphiql/**", "/exports/**", "/error" };

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticationFilter apiTokens) throws Exception {
		return http.securityMatcher(API_PATHS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults())
			.addFilterBefore(apiTokens, BasicAuthenticationFilter.class)
			.build();
	}

	/**
	 * PBKDF2 for new hashes, as it takes passwords of any length (BCrypt only 72 bytes,
	 * fewer than {@link PasswordPolicy#MAXIMUM_LENGTH} characters of most scripts); the
	 * algorithm is stored with each hash, so earlier BCrypt hashes still match.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(PBKDF2, Map.of(PBKDF2,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
