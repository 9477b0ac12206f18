package uk.nhs.leaguetables.submission.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestPeriods;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of issue 15 (findings 1 and 15) on submissions, over HTTP: an account tied
 * to one trust reads, downloads or decides another's or a national submission; a preparer
 * accepts their own upload. Each now fails, and a submission the account may not see
 * looks exactly like one that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionAccessIT {

	private static final String PERIOD = "2019/20 Q4";

	private static final String PASSWORD = "access-test-password";

	private static final String SUBMIT = """
			mutation Submit($input: SubmitMetricValuesInput!) {
			  submitMetricValues(input: $input) { submission { id status } userErrors { code message } }
			}
			""";

	private static final String READ = "query($id: ID!) { submission(id: $id) { id rowCount issues { row } } }";

	private static final String ACCEPT = """
			mutation($id: ID!) {
			  acceptSubmission(input: {submissionId: $id, acknowledgeWarnings: true}) {
			    submission { status } userErrors { code message }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DSLContext dsl;

	@BeforeEach
	void accounts() {
		TestPeriods.open(dsl, PERIOD, League.ACUTE);
		account("access-national-preparer", null, Role.PREPARER, Role.SUBMITTER);
		account("access-second-preparer", null, Role.PREPARER);
		account("access-rj1-submitter", "RJ1", Role.SUBMITTER);
		account("access-rj1-colleague", "RJ1", Role.SUBMITTER);
		account("access-rrk-submitter", "RRK", Role.SUBMITTER);
		account("access-rrk-preparer", "RRK", Role.PREPARER);
		account("access-auditor", null, Role.AUDITOR);
		account("access-admin", null, Role.ADMIN);
	}

	@Test
	void an_account_tied_to_a_trust_cannot_read_a_national_submission_nor_its_report() {
		String national = submit("access-national-preparer",
				List.of(row("RJ1", "OF0013", "74.1"), row("RRK", "OF0013", "71.5")));

		assertThat(readError("access-rj1-submitter", national))
			.isEqualTo("NOT_FOUND: There is no submission #" + national);
		assertThat(readError("access-rj1-submitter", "999999999"))
			.isEqualTo("NOT_FOUND: There is no submission #999999999");
		download("access-rj1-submitter", national).expectStatus().isNotFound();
		download("access-rj1-submitter", "999999999").expectStatus().isNotFound();

		assertThat(read("access-auditor", national)).isEqualTo(national);
		assertThat(read("access-admin", national)).isEqualTo(national);
		download("access-auditor", national).expectStatus().isOk();
	}

	@Test
	void a_trusts_submission_is_seen_by_its_own_accounts_and_national_staff_only() {
		String rj1 = submit("access-rj1-submitter", List.of(row("RJ1", "OF0013", "74.2")));

		assertThat(read("access-rj1-colleague", rj1)).isEqualTo(rj1);
		assertThat(read("access-second-preparer", rj1)).isEqualTo(rj1);
		assertThat(readError("access-rrk-submitter", rj1)).isEqualTo("NOT_FOUND: There is no submission #" + rj1);
		download("access-rrk-submitter", rj1).expectStatus().isNotFound();
		download("access-rj1-colleague", rj1).expectStatus().isOk();
	}

	@Test
	void a_preparer_tied_to_another_trust_cannot_decide_a_submission_it_may_not_see() {
		String rj1 = submit("access-rj1-submitter", List.of(row("RJ1", "OF0013", "74.3")));

		assertThat(acceptError("access-rrk-preparer", rj1)).isEqualTo("There is no submission #" + rj1);
		tester("access-rrk-preparer").document(
				"mutation($id: ID!) { rejectSubmission(input: {submissionId: $id, reason: \"Not ours\"}) { userErrors { message } } }")
			.variable("id", rj1)
			.execute()
			.path("rejectSubmission.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("There is no submission #" + rj1);
		assertThat(read("access-second-preparer", rj1)).isEqualTo(rj1);
	}

	@Test
	void resubmitting_a_file_another_organisation_sent_does_not_reveal_its_report() {
		List<Map<String, String>> rows = List.of(row("RJ1", "OF0013", "74.4"));
		submit("access-national-preparer", rows);

		tester("access-rj1-submitter").document(SUBMIT)
			.variable("input", Map.of("period", PERIOD, "rows", rows))
			.execute()
			.path("submitMetricValues.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("The same file was submitted for " + PERIOD
					+ " already, from another organisation's account; nothing was stored");
	}

	@Test
	void a_preparer_cannot_accept_their_own_upload_but_another_preparer_can() {
		String own = submit("access-national-preparer", List.of(row("RRK", "OF0013", "70.9")));

		assertThat(acceptError("access-national-preparer", own)).contains("uploaded by you");
		tester("access-second-preparer").document(ACCEPT)
			.variable("id", own)
			.execute()
			.path("acceptSubmission.submission.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
	}

	@Test
	void a_malformed_id_is_a_bad_request_that_names_the_argument() {
		assertThat(readError("access-auditor", "abc")).isEqualTo(
				"BAD_REQUEST: Argument 'id': 'abc' is not a valid value of this argument (an ID is a whole number)");
		tester("access-second-preparer").document(ACCEPT)
			.variable("id", "1e3; drop table submission")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).startsWith("Argument 'input.submissionId'")
					.doesNotContain("Exception")));
		download("access-auditor", "abc").expectStatus().isBadRequest();
	}

	private void account(String username, String organisation, Role... roles) {
		if (!users.exists(username)) {
			users.create(username, "Access test " + username, passwordEncoder.encode(PASSWORD), organisation,
					java.util.Set.of(roles), "test");
		}
	}

	private static Map<String, String> row(String organisation, String metric, String value) {
		return Map.of("organisationCode", organisation, "metricId", metric, "value", value);
	}

	private String submit(String username, List<Map<String, String>> rows) {
		return tester(username).document(SUBMIT)
			.variable("input", Map.of("period", PERIOD, "rows", rows))
			.execute()
			.path("submitMetricValues.submission.id")
			.entity(String.class)
			.get();
	}

	private String read(String username, String id) {
		return tester(username).document(READ)
			.variable("id", id)
			.execute()
			.path("submission.id")
			.entity(String.class)
			.get();
	}

	/**
	 * The refusal's classification and message, so that "unknown" and "forbidden" can be
	 * compared.
	 */
	private String readError(String username, String id) {
		List<String> refusals = new java.util.ArrayList<>();
		tester(username).document(READ)
			.variable("id", id)
			.execute()
			.errors()
			.satisfy((errors) -> errors
				.forEach((error) -> refusals.add(error.getErrorType() + ": " + error.getMessage())));
		return String.join("; ", refusals);
	}

	private String acceptError(String username, String id) {
		return tester(username).document(ACCEPT)
			.variable("id", id)
			.execute()
			.path("acceptSubmission.userErrors[0].message")
			.entity(String.class)
			.get();
	}

	private WebTestClient.ResponseSpec download(String username, String id) {
		return client().get()
			.uri("/exports/submissions/" + id + "/validation-report.csv")
			.headers((headers) -> headers.setBasicAuth(username, PASSWORD))
			.exchange();
	}

	private HttpGraphQlTester tester(String username) {
		Consumer<HttpHeaders> basic = (headers) -> headers.setBasicAuth(username, PASSWORD);
		return HttpGraphQlTester
			.create(client().mutate().baseUrl("http://localhost:" + port + "/graphql").defaultHeaders(basic).build());
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer()
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.baseUrl("http://localhost:" + port)
			.build();
	}

}
