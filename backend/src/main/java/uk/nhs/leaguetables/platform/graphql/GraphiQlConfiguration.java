package uk.nhs.leaguetables.platform.graphql;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL served entirely from the jar, in place of Spring for GraphQL's page, which
 * loads its scripts from a public CDN without integrity checks: whoever controlled the
 * CDN would run script in our origin. Its scripts come from webjars (versions in the pom,
 * read from the webjars' own {@code pom.properties}), and its page starts it from a
 * script file rather than inline, so the page's Content-Security-Policy allows scripts
 * from this service only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("spring.graphql.graphiql.enabled")
class GraphiQlConfiguration {

	/** Routed before Spring Boot's GraphiQL route, which it replaces. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphiQlPage(@Value("${spring.graphql.graphiql.path:/graphiql}") String path,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		String page = text("graphiql-page/index.html").replace("{{graphiql}}", path)
			.replace("{{graphql}}", graphQlPath)
			.replace("{{graphiqlVersion}}", webjarVersion("graphiql"))
			.replace("{{reactVersion}}", webjarVersion("react"));
		return RouterFunctions.route()
			.GET(path,
					(request) -> ServerResponse.ok()
						.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
						.cacheControl(CacheControl.noCache())
						.body(page))
			.resources(path + "/assets/**", new ClassPathResource("META-INF/resources/webjars/"))
			.resources(path + "/page/**", new ClassPathResource("graphiql-page/"))
			.build();
	}

	private static String webjarVersion(String artifact) {
		var properties = new Properties();
		try {
			properties.load(new StringReader(text("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("version");
	}

	private static String text(String classpathResource) {
		try (var text = new ClassPathResource(classpathResource).getInputStream()) {
			return new String(text.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
