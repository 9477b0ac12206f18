package uk.nhs.leaguetables.security.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.platform.digest.Sha256;
import uk.nhs.leaguetables.platform.paging.PageRequest;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.API_TOKEN;

/**
 * #15 item 9, over HTTP: an administrator issues a token (its secret shown once, stored
 * only as its SHA-256), lists tokens without secrets, brings an expiry forward and
 * revokes, each audited, and the token stops authenticating at once; a token's holder
 * lists and revokes only their own; nobody else issues tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenApiIT {

	private static final String PASSWORD = "operator set-up password";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditService audit;

	@Autowired
	DSLContext dsl;

	private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));

	@Test
	void an_administrator_issues_lists_expires_and_revokes_tokens_which_stop_working_at_once() {
		String admin = "token-admin-" + run;
		String feed = "token-feed-" + run;
		TestUsers.ensure(users, passwordEncoder, admin, PASSWORD, Role.ADMIN);
		users.create(feed, "Trust data feed", null, "RJ1", Set.of(Role.SUBMITTER), "test");
		GraphQlTester asAdmin = as(admin);

		Map<?, ?> issued = issue(asAdmin, "RJ1 feed", feed, null);
		String secret = (String) issued.get("secret");
		String id = (String) ((Map<?, ?>) issued.get("token")).get("id");
		assertThat(secret).startsWith("nlt_");
		assertThat(dsl.fetchValue(API_TOKEN.TOKEN_SHA256, API_TOKEN.ID.eq(Long.parseLong(id))))
			.isEqualTo(Sha256.hex(secret));
		assertThat(status(secret)).isEqualTo(200);

		String listed = asAdmin.document("{ apiTokens { id name username issuedBy active expiresAt } }")
			.execute()
			.path("apiTokens[?(@.id == '%s')]".formatted(id))
			.entityList(Map.class)
			.get()
			.toString();
		assertThat(listed).contains("RJ1 feed", feed, "issuedBy=" + admin, "active=true").doesNotContain(secret);

		// The holder lists their own tokens and revokes them; the list never shows a
		// secret.
		GraphQlTester asFeed = bearer(secret);
		assertThat(asFeed.document("{ apiTokens { id username } }")
			.execute()
			.path("apiTokens[*].username")
			.entityList(String.class)
			.get()).containsOnly(feed);

		// Expiry brought forward to the past expires it now; it cannot be pushed back
		// later.
		Map<?, ?> second = issue(asAdmin, "RJ1 feed (spare)", feed, OffsetDateTime.now().plusDays(30).toString());
		String secondSecret = (String) second.get("secret");
		String secondId = (String) ((Map<?, ?>) second.get("token")).get("id");
		assertThat(change(asAdmin, "expireApiToken",
				"id: \"%s\", expiresAt: \"%s\"".formatted(secondId, OffsetDateTime.now().plusDays(60))))
			.contains("earlier than the current expiry");
		assertThat(change(asAdmin, "expireApiToken",
				"id: \"%s\", expiresAt: \"2000-01-01T00:00:00Z\", reason: \"Rotated\"".formatted(secondId)))
			.isNull();
		assertThat(status(secondSecret)).isEqualTo(401);

		assertThat(change(asFeed, "revokeApiToken", "id: \"%s\", reason: \"Leaked in a log\"".formatted(id))).isNull();
		assertThat(status(secret)).isEqualTo(401);
		assertThat(change(asAdmin, "revokeApiToken", "id: \"%s\"".formatted(id)))
			.contains("revoked or expired already");

		var actions = SystemActor
			.callAs("token-auditor", Role.AUDITOR,
					() -> audit.trail(new AuditFilter(null, null, null, null, null, null, null),
							new PageRequest(50, null)))
			.items()
			.stream()
			.filter((event) -> event.entityId() != null && List.of(id, secondId).contains(event.entityId()))
			.map((event) -> event.action())
			.toList();
		assertThat(actions).contains("API_TOKEN_ISSUED", "API_TOKEN_EXPIRY_SET", "API_TOKEN_REVOKED");
	}

	@Test
	void nobody_but_an_administrator_issues_tokens_and_nobody_touches_anothers_tokens() {
		String admin = "token-admin2-" + run;
		String auditor = "token-auditor-" + run;
		String approver = "token-approver-" + run;
		TestUsers.ensure(users, passwordEncoder, admin, PASSWORD, Role.ADMIN);
		TestUsers.ensure(users, passwordEncoder, auditor, PASSWORD, Role.AUDITOR);
		TestUsers.ensure(users, passwordEncoder, approver, PASSWORD, Role.APPROVER);

		as(auditor).document("""
				mutation { issueApiToken(input: {name: "mine", username: "%s"}) { secret } }""".formatted(auditor))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).anyMatch((error) -> error.getErrorType() == ErrorType.FORBIDDEN));
		// A token for someone else's approver account would let the administrator approve
		// as them.
		assertThat(issueError(as(admin), approver)).contains("holds a publication role");
		assertThat(issueError(as(admin), "nobody-" + run)).startsWith("username: there is no user");

		String adminsToken = (String) ((Map<?, ?>) issue(as(admin), "admin's script", admin, null).get("token"))
			.get("id");
		Map<?, ?> auditorsToken = issue(as(admin), "auditor's script", auditor, null);
		assertThat(change(as(auditor), "revokeApiToken", "id: \"%s\"".formatted(adminsToken)))
			.startsWith("id: there is no API token #" + adminsToken + " of yours");
		assertThat(as(auditor).document("{ apiTokens { username } }")
			.execute()
			.path("apiTokens[*].username")
			.entityList(String.class)
			.get()).containsOnly(auditor);
		assertThat(status((String) auditorsToken.get("secret"))).isEqualTo(200);
		assertThat(change(as(admin), "revokeApiToken", "id: \"not-a-number\""))
			.isEqualTo("id: 'not-a-number' is not a number");
	}

	private static Map<?, ?> issue(GraphQlTester admin, String name, String username, String expiresAt) {
		return admin
			.document("""
					mutation { issueApiToken(input: {name: "%s", username: "%s"%s}) {
					  secret token { id name username expiresAt active } userErrors { message } } }""".formatted(name,
					username, (expiresAt != null) ? ", expiresAt: \"" + expiresAt + "\"" : ""))
			.execute()
			.path("issueApiToken.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("issueApiToken")
			.entity(Map.class)
			.get();
	}

	private static String issueError(GraphQlTester admin, String username) {
		return change(admin, "issueApiToken", "name: \"taken\", username: \"%s\"".formatted(username));
	}

	private static String change(GraphQlTester tester, String mutation, String input) {
		List<Map> errors = tester
			.document("mutation { %s(input: {%s}) { userErrors { message } } }".formatted(mutation, input))
			.execute()
			.path(mutation + ".userErrors")
			.entityList(Map.class)
			.get();
		return errors.isEmpty() ? null : String.valueOf(errors.getFirst().get("message"));
	}

	private int status(String secret) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.build()
			.post()
			.headers((headers) -> headers.setBearerAuth(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ apiTokens { id } }"))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private GraphQlTester as(String username) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> headers.setBasicAuth(username, PASSWORD))
			.build());
	}

	private GraphQlTester bearer(String secret) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> headers.setBearerAuth(secret))
			.build());
	}

}
