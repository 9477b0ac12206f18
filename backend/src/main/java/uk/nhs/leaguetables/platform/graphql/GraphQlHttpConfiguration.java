package uk.nhs.leaguetables.platform.graphql;

import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The parts of GraphQL over HTTP that Spring for GraphQL 2.0 leaves out, routed before
 * its own POST endpoint: GET for queries and trusted documents, the list of trusted
 * documents, 406 for a POST whose {@code Accept} admits no GraphQL response type, and
 * HTTP caching of GET responses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GraphQlHttpConfiguration {

	@Bean
	GraphQlGetHandler graphQlGetHandler(WebGraphQlHandler graphQl, TrustedDocuments trustedDocuments, JsonMapper json) {
		return new GraphQlGetHandler(graphQl, trustedDocuments, json);
	}

	@Bean
	FilterRegistrationBean<GraphQlGetCachingFilter> graphQlGetCaching(
			@Value("${spring.graphql.http.path:/graphql}") String path,
			@Value("${league-tables.graphql.public-max-age:60s}") Duration maxAge) {
		var registration = new FilterRegistrationBean<>(new GraphQlGetCachingFilter(path, maxAge));
		registration.addUrlPatterns(path);
		return registration;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlHttpExtensions(GraphQlGetHandler handler, TrustedDocuments trustedDocuments,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route()
			.GET(path + "/trusted-documents",
					(request) -> ServerResponse.ok()
						.cacheControl(CacheControl.noCache())
						.body(Map.of("documents", trustedDocuments.all())))
			.GET(path, handler::handleGet)
			.route(RequestPredicates.method(HttpMethod.POST)
				.and(RequestPredicates.path(path))
				.and((request) -> !GraphQlGetHandler.acceptable(request)), handler::notAcceptable)
			.build();
	}

}
