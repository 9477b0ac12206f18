package uk.nhs.leaguetables.submission.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.security.ApiTokenService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.security.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trust's system submits through GraphQL with its API token; a preparer decides with
 * HTTP Basic; anonymous clients and unknown tokens are turned away. Everything goes over
 * HTTP to the running service and real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionApiIT {

	private static final String PERIOD = "2026/27 Q4";

	private static final String SUBMIT = """
			mutation Submit($input: SubmitMetricValuesInput!) {
			  submitMetricValues(input: $input) {
			    submission { id status rowCount errorCount warningCount reportUrl issues { row column value rule severity } }
			    userErrors { code message }
			  }
			}
			""";

	private static String token;

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	ApiTokenService apiTokens;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void trustSystemWithToken() {
		if (token == null) {
			users.create("rj1-feed", "Guy's and St Thomas' data feed", null, "RJ1", Set.of(Role.SUBMITTER), "test");
			users.create("api-preparer", "Preparer over the API", passwordEncoder.encode("prepare-it"), null,
					Set.of(Role.PREPARER), "test");
			SystemActor.runAs("test-admin", Role.ADMIN,
					() -> token = apiTokens.issue("RJ1 data feed", "rj1-feed", null).secret());
		}
	}

	@Test
	void a_trust_system_submits_rows_with_its_token_and_a_preparer_rejects_them() {
		var submitted = tester((headers) -> headers.setBearerAuth(token)).document(SUBMIT)
			.variable("input",
					Map.of("period", PERIOD, "rows", List.of(
							Map.of("organisationCode", "RJ1", "metricId", "OF0013", "numerator", "7412", "denominator",
									"10000"),
							Map.of("organisationCode", "RRK", "metricId", "OF0013", "value", "71.5"),
							Map.of("organisationCode", "RJ1", "metricId", "OF0082", "value", "4,5"))))
			.execute();

		submitted.path("submitMetricValues.userErrors").entityList(Object.class).hasSize(0);
		submitted.path("submitMetricValues.submission.status").entity(String.class).isEqualTo("VALIDATED");
		submitted.path("submitMetricValues.submission.rowCount").entity(Integer.class).isEqualTo(3);
		submitted.path("submitMetricValues.submission.issues[?(@.severity == 'ERROR')].rule")
			.entityList(String.class)
			.satisfies((rules) -> assertThat(rules).containsExactlyInAnyOrder("ORGANISATION_NOT_PERMITTED",
					"MALFORMED_NUMBER"));
		String id = submitted.path("submitMetricValues.submission.id").entity(String.class).get();
		String reportUrl = submitted.path("submitMetricValues.submission.reportUrl").entity(String.class).get();

		String report = client().get()
			.uri(reportUrl)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(report).startsWith("row,column,value,rule,severity,message")
			.contains("4,value,\"4,5\",MALFORMED_NUMBER");

		tester((headers) -> headers.setBasicAuth("api-preparer", "prepare-it")).document(
				"mutation($id: ID!) { acceptSubmission(input: {submissionId: $id}) { userErrors { code message } } }")
			.variable("id", id)
			.execute()
			.path("acceptSubmission.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("errors"));
		tester((headers) -> headers.setBasicAuth("api-preparer", "prepare-it")).document(
				"mutation($id: ID!) { rejectSubmission(input: {submissionId: $id, reason: \"Wrong trust in the feed\"}) "
						+ "{ submission { status } userErrors { code } } }")
			.variable("id", id)
			.execute()
			.path("rejectSubmission.submission.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
	}

	@Test
	void a_submitter_cannot_accept_its_own_submission() {
		tester((headers) -> headers.setBearerAuth(token))
			.document("mutation { acceptSubmission(input: {submissionId: 1}) { userErrors { code } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	@Test
	void anonymous_clients_cannot_submit() {
		tester((headers) -> {
		}).document(SUBMIT)
			.variable("input", Map.of("period", PERIOD, "rows", List.of()))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getErrorType()).isIn(ErrorType.UNAUTHORIZED, ErrorType.FORBIDDEN)));
	}

	@Test
	void an_unknown_token_gets_401() {
		client().post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer nlt_not-a-real-token")
			.bodyValue(Map.of("query", "{ trusts { totalCount } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_request_with_too_many_rows_is_refused_before_anything_is_stored() {
		List<Map<String, String>> rows = java.util.Collections.nCopies(SubmissionController.MAX_ROWS_PER_REQUEST + 1,
				Map.of("organisationCode", "RJ1", "metricId", "OF0013", "value", "70"));
		tester((headers) -> headers.setBearerAuth(token)).document(SUBMIT)
			.variable("input", Map.of("period", PERIOD, "rows", rows))
			.execute()
			.path("submitMetricValues.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("TOO_MANY_ROWS");
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	private HttpGraphQlTester tester(java.util.function.Consumer<HttpHeaders> headers) {
		return HttpGraphQlTester
			.create(client().mutate().baseUrl("http://localhost:" + port + "/graphql").defaultHeaders(headers).build());
	}

}
