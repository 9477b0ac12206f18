package uk.nhs.leaguetables.submission.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestPeriods;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.CURRENT_DEFICIT_SUPPORT;

/**
 * Deficit-support flags through {@code submitMetricValues} over HTTP: typed in
 * {@code deficitSupport} or as DEFICIT_SUPPORT rows, validated like a file's rows, listed
 * on the submission and accepted into the period. Runs in a quarter of its own (2020/21
 * Q2), as what it commits over HTTP cannot be rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeficitSupportApiIT {

	private static final String PERIOD = "2020/21 Q2";

	private static final String SUBMIT = """
			mutation Submit($input: SubmitMetricValuesInput!) {
			  submitMetricValues(input: $input) {
			    submission { id status rowCount errorCount
			                 issues { row column value rule severity }
			                 deficitSupport { row organisationCode receivesDeficitSupport } }
			    userErrors { code message }
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
	void preparerAndQuarter() {
		TestUsers.ensure(users, passwordEncoder, "deficit-preparer", "prepare-it", Role.PREPARER);
		TestUsers.ensure(users, passwordEncoder, "deficit-second-preparer", "prepare-it", Role.PREPARER);
		TestPeriods.open(dsl, PERIOD, League.ACUTE);
	}

	@Test
	void a_bad_flag_row_is_reported_and_typed_flags_are_accepted_into_the_period() {
		var refused = tester().document(SUBMIT)
			.variable("input",
					Map.of("period", PERIOD, "rows",
							List.of(Map.of("organisationCode", "RJZ", "metricId", "DEFICIT_SUPPORT", "value", "yes"))))
			.execute();
		refused.path("submitMetricValues.submission.issues[0].rule").entity(String.class).isEqualTo("INVALID_FLAG");
		refused.path("submitMetricValues.submission.issues[0].row").entity(Integer.class).isEqualTo(2);
		refused.path("submitMetricValues.submission.issues[0].column").entity(String.class).isEqualTo("value");
		refused.path("submitMetricValues.submission.deficitSupport").entityList(Object.class).hasSize(0);
		tester()
			.document("mutation($id: ID!) { rejectSubmission(input: {submissionId: $id, reason: \"Bad flag\"}) "
					+ "{ submission { status } } }")
			.variable("id", refused.path("submitMetricValues.submission.id").entity(String.class).get())
			.execute()
			.path("rejectSubmission.submission.status")
			.entity(String.class)
			.isEqualTo("REJECTED");

		var submitted = tester().document(SUBMIT)
			.variable("input",
					Map.of("period", PERIOD, "rows",
							List.of(Map.of("organisationCode", "RJZ", "metricId", "DEFICIT_SUPPORT", "value", "0")),
							"deficitSupport",
							List.of(Map.of("organisationCode", "RJ1", "receivesDeficitSupport", true, "comment",
									"Deficit support agreed"),
									Map.of("organisationCode", "RRK", "receivesDeficitSupport", false))))
			.execute();

		submitted.path("submitMetricValues.userErrors").entityList(Object.class).hasSize(0);
		submitted.path("submitMetricValues.submission.rowCount").entity(Integer.class).isEqualTo(3);
		submitted.path("submitMetricValues.submission.errorCount").entity(Integer.class).isEqualTo(0);
		submitted.path("submitMetricValues.submission.deficitSupport")
			.entityList(Map.class)
			.satisfies((flags) -> assertThat(flags).containsExactly(
					Map.of("row", 3, "organisationCode", "RJ1", "receivesDeficitSupport", true),
					Map.of("row", 2, "organisationCode", "RJZ", "receivesDeficitSupport", false),
					Map.of("row", 4, "organisationCode", "RRK", "receivesDeficitSupport", false)));
		String id = submitted.path("submitMetricValues.submission.id").entity(String.class).get();

		tester("deficit-second-preparer")
			.document("mutation($id: ID!) { acceptSubmission(input: {submissionId: $id}) "
					+ "{ submission { status } userErrors { code message } } }")
			.variable("id", id)
			.execute()
			.path("acceptSubmission.submission.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		assertThat(dsl.select(CURRENT_DEFICIT_SUPPORT.ORGANISATION_CODE)
			.from(CURRENT_DEFICIT_SUPPORT)
			.where(CURRENT_DEFICIT_SUPPORT.PERIOD_CODE.eq(PERIOD),
					CURRENT_DEFICIT_SUPPORT.RECEIVES_DEFICIT_SUPPORT.isTrue())
			.fetch(CURRENT_DEFICIT_SUPPORT.ORGANISATION_CODE)).containsExactly("RJ1");
	}

	private HttpGraphQlTester tester() {
		return tester("deficit-preparer");
	}

	/** Whoever uploaded a submission may not accept it: a second preparer does. */
	private HttpGraphQlTester tester(String preparer) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> headers.setBasicAuth(preparer, "prepare-it"))
			.build());
	}

}
