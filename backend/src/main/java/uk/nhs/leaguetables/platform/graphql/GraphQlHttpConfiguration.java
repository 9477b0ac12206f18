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
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
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

	/** Replaces Spring Boot's handler of POST requests. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler graphQl, PublicResponseCache cache, JsonMapper json) {
		return new CachedBodyGraphQlHttpHandler(graphQl, cache, json);
	}

	@Bean
	FilterRegistrationBean<GraphQlGetCachingFilter> graphQlGetCaching(
			@Value("${spring.graphql.http.path:/graphql}") String path,
			@Value("${league-tables.graphql.public-max-age:60s}") Duration maxAge) {
		var registration = new FilterRegistrationBean<>(new GraphQlGetCachingFilter(path, maxAge));
		registration.addUrlPatterns(path);
		return registration;
	}

	/**
	 * Ahead of Spring Security (which has nothing to decide for a request without
	 * credentials) but behind the HTTP observation, so replays still count in the request
	 * metrics.
	 */
	@Bean
	FilterRegistrationBean<PublicResponseReplayFilter> publicResponseReplay(
			@Value("${spring.graphql.http.path:/graphql}") String path, PublicResponseCache cache) {
		var registration = new FilterRegistrationBean<>(new PublicResponseReplayFilter(path, cache));
		registration.addUrlPatterns(path);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlHttpExtensions(WebGraphQlHandler graphQl, PublicResponseCache cache,
			TrustedDocuments trustedDocuments, JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		GraphQlGetHandler handler = new GraphQlGetHandler(graphQl, cache, trustedDocuments, json);
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
