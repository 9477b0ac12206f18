package uk.nhs.leaguetables.publication.graphql;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation against every role, over HTTP with each role's own user: the roles the
 * matrix allows get past authorisation (they then get a user error, as the quarter or
 * record asked for does not exist, so nothing changes); every other role is refused with
 * FORBIDDEN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleMatrixIT {

	private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(Map.entry(
			"mutation { lockPeriodData(input: {period: \"2019/20 Q1\", league: AMBULANCE}) { status userErrors { code } } }",
			Set.of(Role.PREPARER)),
			Map.entry(
					"mutation { calculateLeagueTable(input: {period: \"2019/20 Q1\", league: AMBULANCE}) { calculation { id } userErrors { code } } }",
					Set.of(Role.PREPARER)),
			Map.entry(
					"mutation { approveAndPublishTable(input: {calculationId: 999999}) { status userErrors { code } } }",
					Set.of(Role.APPROVER)),
			Map.entry(
					"mutation { reopenPeriod(input: {period: \"2019/20 Q1\", league: AMBULANCE, reason: \"test\"}) { status userErrors { code } } }",
					Set.of(Role.PREPARER)),
			Map.entry(
					"mutation { submitMetricValues(input: {period: \"2019/20 Q1\", rows: []}) { submission { id } userErrors { code } } }",
					Set.of(Role.SUBMITTER, Role.PREPARER)),
			Map.entry("mutation { acceptSubmission(input: {submissionId: 999999}) { userErrors { code } } }",
					Set.of(Role.PREPARER)),
			Map.entry(
					"mutation { importNhsEnglandTrustData(input: {fileName: \"matrix.csv\", contentBase64: \"\", league: AMBULANCE}) { report { errorCount } userErrors { code } } }",
					Set.of(Role.PREPARER, Role.ADMIN)),
			Map.entry(
					"mutation { rejectSubmission(input: {submissionId: 999999, reason: \"test\"}) { userErrors { code } } }",
					Set.of(Role.PREPARER)),
			Map.entry(
					"mutation { recordSegmentDecision(input: {period: \"2019/20 Q1\", organisation: \"RRU\", kind: RECOVERY_SUPPORT, justification: \"matrix test decision\"}) { userErrors { code } } }",
					Set.of(Role.APPROVER)),
			Map.entry(
					"mutation { withdrawSegmentDecision(input: {decisionId: 999999, reason: \"test\"}) { userErrors { code } } }",
					Set.of(Role.APPROVER)),
			Map.entry(
					"mutation { createUser(input: {username: \"X\", displayName: \"matrix\"}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry(
					"mutation { grantRole(input: {username: \"nobody.here\", role: AUDITOR}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry(
					"mutation { revokeRole(input: {username: \"nobody.here\", role: AUDITOR}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry(
					"mutation { setUserEnabled(input: {username: \"nobody.here\", enabled: false}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry(
					"mutation { proposeRole(input: {username: \"nobody.here\", role: APPROVER}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry("mutation { confirmRoleProposal(input: {id: \"999999\"}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry("mutation { declineRoleProposal(input: {id: \"999999\"}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry("mutation { withdrawRoleProposal(input: {id: \"999999\"}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry("mutation { reissueActivationLink(input: {username: \"nobody.here\"}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry(
					"mutation { issueApiToken(input: {name: \"matrix\", username: \"nobody.here\"}) { userErrors { code } } }",
					Set.of(Role.ADMIN)),
			Map.entry("mutation { revokeApiToken(input: {id: \"999999\"}) { userErrors { code } } }",
					Set.of(Role.values())));

	private static final String PASSWORD = "matrix-password";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	static Stream<Arguments> everyMutationAndRole() {
		return ALLOWED.keySet()
			.stream()
			.sorted()
			.flatMap((mutation) -> Stream.of(Role.values()).map((role) -> Arguments.of(role, mutation)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("everyMutationAndRole")
	void each_role_may_do_exactly_what_the_matrix_allows(Role role, String mutation) {
		boolean allowed = ALLOWED.get(mutation).contains(role);
		String username = "matrix-" + role.name().toLowerCase(java.util.Locale.ROOT);
		TestUsers.ensure(users, passwordEncoder, username, PASSWORD, role);
		HttpGraphQlTester graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> headers.setBasicAuth(username, PASSWORD))
			.build());

		graphQl.document(mutation).execute().errors().satisfy((errors) -> {
			boolean forbidden = errors.stream().anyMatch((error) -> error.getErrorType() == ErrorType.FORBIDDEN);
			assertThat(forbidden).as("%s refused", role).isEqualTo(!allowed);
		});
	}

}
