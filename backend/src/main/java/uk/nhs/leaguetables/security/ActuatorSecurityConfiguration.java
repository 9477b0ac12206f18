package uk.nhs.leaguetables.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Actuator: health (with its liveness and readiness groups) and info are open, since load
 * balancers and orchestrators probe them anonymously and they show no details; every
 * other endpoint, such as the Prometheus scrape, needs an ADMIN (HTTP Basic or API
 * token), because metrics reveal traffic, users' activity and internals.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(0)
	@ConditionalOnWebApplication
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ApiTokenAuthenticationFilter apiTokens) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/info")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint(SignInRefusals.basicEntryPoint()))
			.addFilterBefore(apiTokens, BasicAuthenticationFilter.class)
			.build();
	}

}
