package uk.nhs.leaguetables.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The browser-facing security headers of every response ({@link SecurityHeadersFilter}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityHeadersProperties.class)
class SecurityHeadersConfiguration {

	/**
	 * After the forwarded-header handling (so HSTS sees the client's scheme) and after
	 * the replay of public GraphQL responses, which records these headers with the
	 * response and replays them, but before anything else writes a response.
	 */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(SecurityHeadersProperties policies,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.graphql.graphiql.path:/graphiql}") String graphiQlPath) {
		var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(graphQlPath, graphiQlPath, policies));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
