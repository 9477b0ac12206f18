package uk.nhs.leaguetables.platform.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the service where to point a browser: the console (in the
 * all-in-one deployment), the GraphQL endpoint and GraphiQL.
 */
@Component
class StartupUrls implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupUrls.class);

	private final String graphQlPath;

	private final boolean graphiQlEnabled;

	private final String graphiQlPath;

	private final @Nullable String consolePath;

	StartupUrls(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.graphql.graphiql.enabled:false}") boolean graphiQlEnabled,
			@Value("${spring.graphql.graphiql.path:/graphiql}") String graphiQlPath,
			@Value("${league-tables.console-path:#{null}}") @Nullable String consolePath) {
		this.graphQlPath = graphQlPath;
		this.graphiQlEnabled = graphiQlEnabled;
		this.graphiQlPath = graphiQlPath;
		this.consolePath = consolePath;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port == null) {
			return;
		}
		String base = "http://localhost:" + port;
		StringBuilder urls = new StringBuilder("NHS League Tables is running:");
		if (consolePath != null) {
			urls.append("\n  Console:   ").append(base).append(consolePath);
		}
		urls.append("\n  GraphQL:   ").append(base).append(graphQlPath);
		if (graphiQlEnabled) {
			urls.append("\n  GraphiQL:  ").append(base).append(graphiQlPath);
		}
		urls.append("\n  Health:    ").append(base).append("/actuator/health");
		log.info(urls.toString());
	}

}
