package uk.nhs.leaguetables.security.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.MediaType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.DemoQuarter;
import uk.nhs.leaguetables.testsupport.TestPeriods;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;

/**
 * #15 item 2: one administrator, Mallory, tries every way to publish a table without a
 * second person, over the GraphQL API as an attacker would. Mallory is an ADMIN (and, in
 * the last attacks, also a genuine APPROVER); Trent is a second, honest administrator who
 * confirms what Mallory proposes, as a deceived colleague would. None of Mallory's
 * sequences gives one person both a preparer's and an approver's hand on the same table;
 * an independent approver then publishes the same draft, so the refusals are the rule at
 * work, not a broken set-up. Committed data, in a quarter no other test uses (2022/23
 * Q4), with account names unique to the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleAdministratorCannotPublishIT {

	private static final String PERIOD = "2022/23 Q4";

	private static final String PASSWORD = "operator set-up password";

	private static final String CHOSEN = "violet quartz harbour lantern";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SubmissionService submissions;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	DSLContext dsl;

	private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));

	private String mallory;

	private String trent;

	private String victor;

	@BeforeEach
	void operatorSetUp() {
		mallory = "mallory-" + run;
		trent = "trent-" + run;
		victor = "victor-" + run;
		TestUsers.ensure(users, passwordEncoder, mallory, PASSWORD, Role.ADMIN);
		TestUsers.ensure(users, passwordEncoder, trent, PASSWORD, Role.ADMIN);
		TestUsers.ensure(users, passwordEncoder, victor, PASSWORD, Role.APPROVER);
	}

	@Test
	void one_administrator_cannot_give_themselves_or_an_account_they_control_a_publication_role() {
		GraphQlTester asMallory = as(mallory, PASSWORD);

		// Grant themselves PREPARER, directly or as a proposal.
		assertThat(userError(asMallory, "grantRole", "username: \"%s\", role: PREPARER".formatted(mallory)))
			.contains("nobody changes their own roles");
		assertThat(proposalError(asMallory, "proposeRole", "username: \"%s\", role: APPROVER".formatted(mallory)))
			.contains("nobody changes their own roles");

		// Create an account with a password of their choosing: there is no such field.
		asMallory.document("""
				mutation { createUser(input: {username: "sock-%s", displayName: "Sock", password: "%s",
				  roles: [APPROVER]}) { user { username } } }""".formatted(run, CHOSEN))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allMatch((error) -> error.getErrorType() == graphql.ErrorType.ValidationError));
		assertThat(users.exists("sock-" + run)).isFalse();

		// Create an account with APPROVER, activate it with the link they were shown,
		// sign
		// in with it: the role is only proposed, so the account cannot approve.
		String puppet = "puppet-" + run;
		Map<String, Object> created = createUser(asMallory, puppet, "APPROVER");
		assertThat(roles(created)).isEmpty();
		String proposal = firstProposal(created);
		activate(tokenOf(created), CHOSEN);
		GraphQlTester asPuppet = as(puppet, CHOSEN);
		assertForbidden(asPuppet, "mutation { approveAndPublishTable(input: {calculationId: 1}) { status } }");

		// A direct grant of a publication role to it is refused; confirming one's own
		// proposal is refused; the puppet, not an administrator, cannot confirm it
		// either.
		assertThat(userError(asMallory, "grantRole", "username: \"%s\", role: APPROVER".formatted(puppet)))
			.contains("granted by two administrators");
		assertThat(proposalError(asMallory, "confirmRoleProposal", "id: \"%s\"".formatted(proposal)))
			.contains("another administrator must confirm it");
		assertForbidden(asPuppet,
				"mutation { confirmRoleProposal(input: {id: \"%s\"}) { proposal { id } } }".formatted(proposal));

		// ADMIN for a sock puppet, to confirm with it: the same proposal and confirmation
		// rule.
		String sock = "sock-admin-" + run;
		Map<String, Object> sockAccount = createUser(asMallory, sock, "ADMIN");
		activate(tokenOf(sockAccount), CHOSEN);
		assertThat(proposalError(asMallory, "confirmRoleProposal", "id: \"%s\"".formatted(firstProposal(sockAccount))))
			.contains("another administrator must confirm it");
		assertForbidden(as(sock, CHOSEN),
				"mutation { confirmRoleProposal(input: {id: \"%s\"}) { proposal { id } } }".formatted(proposal));

		// Disable and enable: the other administrator, oneself, or re-enabling — none
		// leaves Mallory able to confirm alone.
		assertThat(userError(asMallory, "setUserEnabled", "username: \"%s\", enabled: false".formatted(mallory)))
			.contains("nobody changes their own roles or access");
		assertThat(userError(asMallory, "setUserEnabled", "username: \"%s\", enabled: false".formatted(trent)))
			.isNull();
		assertThat(proposalError(asMallory, "confirmRoleProposal", "id: \"%s\"".formatted(proposal)))
			.contains("another administrator must confirm it");
		assertThat(userError(asMallory, "setUserEnabled", "username: \"%s\", enabled: true".formatted(trent))).isNull();
		assertThat(userError(asMallory, "revokeRole", "username: \"%s\", role: ADMIN".formatted(mallory)))
			.contains("nobody changes their own roles");

		// Credentials of someone else's approver account: no token for it, no new
		// activation link for it (it has a password), none for an OIDC-only account.
		assertThat(tokenError(asMallory, victor)).contains("holds a publication role");
		assertThat(activationError(asMallory, victor)).contains("only an account awaiting activation");
		String oidc = "oidc-" + run;
		Map<String, Object> oidcAccount = createUser(asMallory, oidc, null, true);
		assertThat(oidcAccount.get("activation")).isNull();
		assertThat(activationError(asMallory, oidc)).contains("through OIDC only");

		// The used activation link cannot be used again to take the puppet back.
		assertThat(activationRefusal(tokenOf(created), "another violet quartz lantern"))
			.contains("unknown, used or expired");

		// A token Mallory issued for an account without roles stops working when a second
		// administrator gives that account a publication role.
		String feed = "feed-" + run;
		Map<String, Object> feedAccount = createUser(asMallory, feed, "PREPARER");
		String secret = asMallory
			.document(
					"""
							mutation { issueApiToken(input: {name: "feed", username: "%s"}) { secret userErrors { message } } }"""
						.formatted(feed))
			.execute()
			.path("issueApiToken.secret")
			.entity(String.class)
			.get();
		assertThat(proposalError(as(trent, PASSWORD), "confirmRoleProposal",
				"id: \"%s\"".formatted(firstProposal(feedAccount))))
			.isNull();
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.build()
			.post()
			.headers((headers) -> headers.setBearerAuth(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ apiTokens { id } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		// Mallory's accounts hold no publication role; the one role they got came through
		// Trent.
		for (String account : List.of(puppet, sock, oidc)) {
			assertThat(users.find(account).orElseThrow().roles()).as(account).isEmpty();
		}
		assertThat(users.find(mallory).orElseThrow().roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void an_approver_cannot_approve_the_work_of_an_account_they_set_up_nor_a_preparer_of_their_own_approver()
			throws Exception {
		// Mallory is also a genuine approver; Trent, deceived, confirms PREPARER for
		// Mallory's new account, whose activation link Mallory holds.
		users.create("mallory-approver-" + run, "Mallory (approver)", passwordEncoder.encode(PASSWORD), null,
				java.util.Set.of(Role.ADMIN, Role.APPROVER), "test");
		String malloryApprover = "mallory-approver-" + run;
		GraphQlTester asMallory = as(malloryApprover, PASSWORD);
		String puppet = "preparer-puppet-" + run;
		Map<String, Object> created = createUser(asMallory, puppet, "PREPARER");
		activate(tokenOf(created), CHOSEN);
		assertThat(proposalError(as(trent, PASSWORD), "confirmRoleProposal",
				"id: \"%s\"".formatted(firstProposal(created))))
			.isNull();
		long draft = preparedDraft(as(puppet, CHOSEN), false);

		assertThat(approvalError(asMallory, draft)).contains("needs an approver independent of its preparer")
			.contains(malloryApprover + " had a hand in the account of " + puppet + ", who prepared it");

		// The reverse: Pat, administrator and genuine preparer, sets up an approver
		// puppet.
		users.create("pat-" + run, "Pat (preparer)", passwordEncoder.encode(PASSWORD), null,
				java.util.Set.of(Role.ADMIN, Role.PREPARER), "test");
		GraphQlTester asPat = as("pat-" + run, PASSWORD);
		String approverPuppet = "approver-puppet-" + run;
		Map<String, Object> approverAccount = createUser(asPat, approverPuppet, "APPROVER");
		activate(tokenOf(approverAccount), CHOSEN);
		assertThat(proposalError(as(trent, PASSWORD), "confirmRoleProposal",
				"id: \"%s\"".formatted(firstProposal(approverAccount))))
			.isNull();
		SystemActor.runAs("setup-preparer", Role.PREPARER,
				() -> workflow.reopen(PERIOD, League.AMBULANCE, "Recalculated by another preparer"));
		long patsDraft = preparedDraft(asPat, true);
		assertThat(approvalError(as(approverPuppet, CHOSEN), patsDraft))
			.contains("pat-" + run + ", who prepared it, had a hand in the account of " + approverPuppet);
		assertThat(dsl.fetchCount(PUBLICATION, PUBLICATION.PERIOD_CODE.eq(PERIOD))).isZero();

		// An approver independent of the preparer publishes the same draft.
		assertThat(approvalError(as(victor, PASSWORD), patsDraft)).isNull();
		assertThat(dsl.fetchCount(PUBLICATION, PUBLICATION.PERIOD_CODE.eq(PERIOD))).isEqualTo(1);
	}

	private long preparedDraft(GraphQlTester preparer, boolean dataAccepted) {
		if (!dataAccepted) {
			TestPeriods.open(dsl, PERIOD, uk.nhs.leaguetables.db.enums.League.AMBULANCE);
			SystemActor.runAs("setup-preparer", Role.PREPARER,
					() -> DemoQuarter.acceptAs(submissions, "2024/25 Q1", PERIOD, "G6V2S"));
		}
		preparer
			.document("""
					mutation { lockPeriodData(input: {period: "%s", league: AMBULANCE}) { userErrors { message } } }"""
				.formatted(PERIOD))
			.execute()
			.path("lockPeriodData.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		return Long.parseLong(preparer.document("""
				mutation { calculateLeagueTable(input: {period: "%s", league: AMBULANCE}) {
				  calculation { id } userErrors { message } } }""".formatted(PERIOD))
			.execute()
			.path("calculateLeagueTable.calculation.id")
			.entity(String.class)
			.get());
	}

	private static String approvalError(GraphQlTester approver, long draft) {
		return firstError(approver, "approveAndPublishTable", "calculationId: " + draft, "status");
	}

	private GraphQlTester as(String username, String password) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> headers.setBasicAuth(username, password))
			.build());
	}

	private GraphQlTester anonymous() {
		return HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
	}

	private Map<String, Object> createUser(GraphQlTester admin, String username, String role) {
		return createUser(admin, username, role, false);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> createUser(GraphQlTester admin, String username, String role, boolean oidcOnly) {
		return admin.document("""
				mutation { createUser(input: {username: "%s", displayName: "Created by an attacker", oidcOnly: %s,
				  roles: [%s]}) {
				  user { username roles signIn } activation { token path expiresAt } proposals { id role status }
				  userErrors { message } } }""".formatted(username, oidcOnly, (role != null) ? role : ""))
			.execute()
			.path("createUser.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createUser")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> roles(Map<String, Object> created) {
		return (List<String>) ((Map<String, Object>) created.get("user")).get("roles");
	}

	@SuppressWarnings("unchecked")
	private static String tokenOf(Map<String, Object> created) {
		return (String) ((Map<String, Object>) created.get("activation")).get("token");
	}

	@SuppressWarnings("unchecked")
	private static String firstProposal(Map<String, Object> created) {
		return (String) ((List<Map<String, Object>>) created.get("proposals")).getFirst().get("id");
	}

	private void activate(String token, String password) {
		assertThat(activationRefusal(token, password)).isNull();
	}

	private String activationRefusal(String token, String password) {
		return firstError(anonymous(), "activateAccount", "token: \"%s\", password: \"%s\"".formatted(token, password),
				"username");
	}

	private static String userError(GraphQlTester admin, String mutation, String input) {
		return firstError(admin, mutation, input, "user { username }");
	}

	private static String proposalError(GraphQlTester admin, String mutation, String input) {
		return firstError(admin, mutation, input, "proposal { id }");
	}

	private static String tokenError(GraphQlTester admin, String username) {
		return firstError(admin, "issueApiToken", "name: \"taken over\", username: \"%s\"".formatted(username),
				"secret");
	}

	private static String activationError(GraphQlTester admin, String username) {
		return firstError(admin, "reissueActivationLink", "username: \"%s\"".formatted(username),
				"activation { token }");
	}

	/** The first user error of the mutation, or null when it succeeded. */
	private static String firstError(GraphQlTester tester, String mutation, String input, String selection) {
		List<Map> errors = tester
			.document(
					"mutation { %s(input: {%s}) { %s userErrors { message } } }".formatted(mutation, input, selection))
			.execute()
			.path(mutation + ".userErrors")
			.entityList(Map.class)
			.get();
		return errors.isEmpty() ? null : String.valueOf(errors.getFirst().get("message"));
	}

	private static void assertForbidden(GraphQlTester tester, String document) {
		tester.document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).anyMatch((error) -> error.getErrorType() == ErrorType.FORBIDDEN));
	}

}
