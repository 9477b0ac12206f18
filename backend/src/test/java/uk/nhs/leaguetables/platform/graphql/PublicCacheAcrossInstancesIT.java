package uk.nhs.leaguetables.platform.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import uk.nhs.leaguetables.LeagueTablesApiApplication;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;
import uk.nhs.leaguetables.testsupport.TestDatabaseContextCustomizerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, as behind a load balancer: the second answers a repeated
 * anonymous query from its cache; a table published through the first reaches the
 * second's clients at once, because PostgreSQL's NOTIFY empties every instance's cache.
 * Publishes the ambulance table of 2021/22 Q3, a quarter no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoLeagueTables.class)
class PublicCacheAcrossInstancesIT {

	private static final String PERIOD = "2021/22 Q3";

	private static final String TABLE = "{\"query\": \"{ leagueTable(period: \\\"2021/22 Q3\\\", league: AMBULANCE) { revision } }\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Environment environment;

	@Autowired
	PublicationService publications;

	@Autowired
	DemoLeagueTables tables;

	@Test
	void a_publication_on_one_instance_empties_the_cache_of_the_other() throws Exception {
		long calculation = tables.calculate(PERIOD, League.AMBULANCE, "2024/25 Q3", "G6V2S");
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(LeagueTablesApiApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
					"spring.flyway.user=" + environment.getProperty("spring.flyway.user"),
					"spring.flyway.password=" + environment.getProperty("spring.flyway.password"),
					TestDatabaseContextCustomizerFactory.AUDIT_KEY_PROPERTY + "="
							+ TestDatabaseContextCustomizerFactory.AUDIT_KEY)
			.run()) {
			int port = ((WebServerApplicationContext) second).getWebServer().getPort();
			MeterRegistry meters = second.getBean(MeterRegistry.class);

			assertThat(ask(port)).contains("\"leagueTable\":null");
			assertThat(ask(port)).contains("\"leagueTable\":null");
			assertThat(ask(port)).contains("\"leagueTable\":null");
			assertThat(meters.counter("league_tables.graphql.cache.requests", "result", "hit").count()
					+ meters.counter("league_tables.graphql.cache.requests", "result", "replay").count())
				.as("the third identical query came from the cache (a hit, or the recorded response replayed)")
				.isEqualTo(1);

			SystemActor.runAs("cache-approver", Role.APPROVER, () -> publications.approveAndPublish(calculation, null));

			Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
			String answer = ask(port);
			while (!answer.contains("\"revision\":1") && Instant.now().isBefore(deadline)) {
				Thread.sleep(100);
				answer = ask(port);
			}
			assertThat(answer).isEqualTo("{\"data\":{\"leagueTable\":{\"revision\":1}}}");
		}
	}

	private String ask(int port) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(TABLE))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
