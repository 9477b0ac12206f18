package uk.nhs.leaguetables.platform.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.db.enums.SubmissionStatus;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestPeriods;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION;

/**
 * Actuator over HTTP on real PostgreSQL: the probes are public and report the database;
 * the Prometheus scrape is for ADMINs only and carries the GraphQL request timer and the
 * submission counts, which agree with the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorIT {

	private static final String PERIOD = "2022/23 Q2";

	@LocalServerPort
	int port;

	@Autowired
	DSLContext dsl;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void liveness_and_readiness_are_public_and_readiness_includes_the_database() {
		client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		client().get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		TestUsers.ensure(users, passwordEncoder, "actuator-admin", "scrape-it", Role.ADMIN);
		client().get()
			.uri("/actuator/health/readiness")
			.headers((headers) -> headers.setBasicAuth("actuator-admin", "scrape-it"))
			.exchange()
			.expectBody()
			.jsonPath("$.components.db.status")
			.isEqualTo("UP");
	}

	@Test
	void prometheus_and_other_endpoints_are_refused_to_anonymous_clients() {
		client().get().uri("/actuator/prometheus").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
		client().get().uri("/actuator/env").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void prometheus_shows_graphql_request_timings_and_submission_counts() {
		TestUsers.ensure(users, passwordEncoder, "actuator-admin", "scrape-it", Role.ADMIN);
		TestUsers.ensure(users, passwordEncoder, "actuator-submitter", "submit-it", Role.SUBMITTER);
		TestPeriods.open(dsl, PERIOD, League.ACUTE);
		HttpGraphQlTester
			.create(WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port + "/graphql")
				.defaultHeaders((headers) -> headers.setBasicAuth("actuator-submitter", "submit-it"))
				.build())
			.document("mutation($input: SubmitMetricValuesInput!) { submitMetricValues(input: $input) "
					+ "{ submission { status } userErrors { code } } }")
			.variable("input",
					Map.of("period", PERIOD, "rows",
							List.of(Map.of("organisationCode", "RJ1", "metricId", "OF0013", "value", "71.5"))))
			.execute()
			.path("submitMetricValues.submission.status")
			.entity(String.class)
			.isEqualTo("VALIDATED");

		String scrape = client().get()
			.uri("/actuator/prometheus")
			.headers((headers) -> headers.setBasicAuth("actuator-admin", "scrape-it"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(scrape).containsPattern("(?m)^graphql_request_seconds_count\\{.*outcome=\"SUCCESS\".*} [1-9]");
		for (SubmissionStatus status : SubmissionStatus.values()) {
			assertThat(gauge(scrape, status.getLiteral())).as("submissions %s", status.getLiteral())
				.isEqualTo(dsl.fetchCount(SUBMISSION, SUBMISSION.STATUS.eq(status)));
		}
		assertThat(gauge(scrape, "VALIDATED")).isPositive();
	}

	private static int gauge(String scrape, String status) {
		Matcher value = Pattern.compile("(?m)^league_tables_submissions\\{.*status=\"" + status + "\".*} ([0-9.E]+)$")
			.matcher(scrape);
		assertThat(value.find()).as("gauge for %s in%n%s", status, scrape).isTrue();
		return (int) Double.parseDouble(value.group(1));
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

}
