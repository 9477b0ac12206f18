package uk.nhs.leaguetables.security.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.platform.digest.Sha256;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.ACCOUNT_ACTIVATION;
import static uk.nhs.leaguetables.db.Tables.APP_USER;

/**
 * #15 item 13 and the activation link of item 2, over HTTP: a new account's holder
 * chooses a password once, with a link stored only as its hash, that expires and cannot
 * be used twice; a weak password is refused and changes nothing; a signed-in user changes
 * their password only with the current one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountPasswordsIT {

	private static final String PASSWORD = "operator set-up password";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DSLContext dsl;

	private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));

	@Test
	void an_activation_link_is_stored_hashed_used_once_only_before_it_expires_and_only_with_a_good_password() {
		String admin = "activation-admin-" + run;
		TestUsers.ensure(users, passwordEncoder, admin, PASSWORD, Role.ADMIN);
		String holder = "new-starter-" + run;
		String token = as(admin, PASSWORD).document("""
				mutation { createUser(input: {username: "%s", displayName: "Nia Newstarter", roles: [AUDITOR]}) {
				  activation { token path expiresAt } userErrors { message } } }""".formatted(holder))
			.execute()
			.path("createUser.activation.token")
			.entity(String.class)
			.get();
		assertThat(dsl.fetchValue(ACCOUNT_ACTIVATION.TOKEN_SHA256, ACCOUNT_ACTIVATION.USERNAME.eq(holder)))
			.isEqualTo(Sha256.hex(token))
			.isNotEqualTo(token);
		assertThat(signInStatus(holder, "")).isEqualTo(401);

		// Weak, common or personal passwords are refused, naming the field; the link
		// still works.
		assertThat(activate(token, "short")).startsWith("password: between 12 and 128");
		assertThat(activate(token, "Password2024!")).contains("most common leaked passwords");
		assertThat(activate(token, "nia newstarter here")).contains("must not contain the account's name");
		assertThat(users.find(holder).orElseThrow().passwordHash()).isNull();
		assertThat(activate("nla_" + "x".repeat(43), "violet quartz harbour lantern"))
			.startsWith("token: this activation link is unknown, used or expired");

		assertThat(activate(token, "violet quartz harbour lantern")).isNull();
		assertThat(signInStatus(holder, "violet quartz harbour lantern")).isEqualTo(200);
		assertThat(users.find(holder).orElseThrow().passwordHash()).startsWith("{pbkdf2@SpringSecurity_v5_8}");

		// Whoever saw the link (the creating administrator) cannot use it again to take
		// the account.
		assertThat(activate(token, "another quartz lantern harbour"))
			.startsWith("token: this activation link is unknown, used or expired");
		assertThat(signInStatus(holder, "violet quartz harbour lantern")).isEqualTo(200);

		// An expired link does not work.
		String late = "late-starter-" + run;
		String lateToken = as(admin, PASSWORD)
			.document("""
					mutation { createUser(input: {username: "%s", displayName: "Late"}) { activation { token } } }"""
				.formatted(late))
			.execute()
			.path("createUser.activation.token")
			.entity(String.class)
			.get();
		dsl.update(ACCOUNT_ACTIVATION)
			.set(ACCOUNT_ACTIVATION.ISSUED_AT, ACCOUNT_ACTIVATION.ISSUED_AT.minus(4))
			.set(ACCOUNT_ACTIVATION.EXPIRES_AT, ACCOUNT_ACTIVATION.EXPIRES_AT.minus(4))
			.where(ACCOUNT_ACTIVATION.USERNAME.eq(late))
			.execute();
		assertThat(activate(lateToken, "violet quartz harbour lantern"))
			.startsWith("token: this activation link is unknown, used or expired");
		assertThat(dsl.fetchValue(APP_USER.PASSWORD_HASH, APP_USER.USERNAME.eq(late))).isNull();
	}

	@Test
	void a_user_changes_their_password_only_with_the_current_one_and_to_a_good_one() {
		String user = "changer-" + run;
		TestUsers.ensure(users, passwordEncoder, user, PASSWORD, Role.AUDITOR);
		GraphQlTester asUser = as(user, PASSWORD);

		assertThat(change(asUser, "a guess at the password", "violet quartz harbour lantern"))
			.isEqualTo("currentPassword: not your current password");
		assertThat(change(asUser, PASSWORD, "qwerty123456")).contains("newPassword: this is one of the most common");
		assertThat(change(asUser, PASSWORD, PASSWORD)).isEqualTo("newPassword: the same as the current password");
		assertThat(signInStatus(user, PASSWORD)).isEqualTo(200);

		assertThat(change(asUser, PASSWORD, "violet quartz harbour lantern")).isNull();
		assertThat(signInStatus(user, PASSWORD)).isEqualTo(401);
		assertThat(signInStatus(user, "violet quartz harbour lantern")).isEqualTo(200);

		// Anonymous callers change nobody's password.
		anonymous().document("""
				mutation { changePassword(input: {currentPassword: "x", newPassword: "violet quartz harbour"}) {
				  username } }""").execute().errors().satisfy((errors) -> assertThat(errors).isNotEmpty());
	}

	@Test
	void an_oidc_only_account_has_no_password_to_change_or_activate() {
		String admin = "oidc-admin-" + run;
		TestUsers.ensure(users, passwordEncoder, admin, PASSWORD, Role.ADMIN);
		List<Map> errors = as(admin, PASSWORD).document("""
				mutation { createUser(input: {username: "oidc-only-%s", displayName: "OIDC only", oidcOnly: true}) {
				  user { signIn } activation { token } userErrors { message } } }""".formatted(run))
			.execute()
			.path("createUser.user.signIn")
			.entity(String.class)
			.isEqualTo("OIDC_ONLY")
			.path("createUser.activation")
			.valueIsNull()
			.path("createUser.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).isEmpty();
		assertThat(dsl.fetchExists(ACCOUNT_ACTIVATION, ACCOUNT_ACTIVATION.USERNAME.eq("oidc-only-" + run))).isFalse();
	}

	private String activate(String token, String password) {
		List<Map> errors = anonymous()
			.document(
					"""
							mutation { activateAccount(input: {token: "%s", password: "%s"}) { username userErrors { message } } }"""
						.formatted(token, password))
			.execute()
			.path("activateAccount.userErrors")
			.entityList(Map.class)
			.get();
		return errors.isEmpty() ? null : String.valueOf(errors.getFirst().get("message"));
	}

	private static String change(GraphQlTester user, String current, String next) {
		List<Map> errors = user.document("""
				mutation { changePassword(input: {currentPassword: "%s", newPassword: "%s"}) {
				  username userErrors { message } } }""".formatted(current, next))
			.execute()
			.path("changePassword.userErrors")
			.entityList(Map.class)
			.get();
		return errors.isEmpty() ? null : String.valueOf(errors.getFirst().get("message"));
	}

	/** The HTTP status of a signed-in query with these credentials. */
	private int signInStatus(String username, String password) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.build()
			.post()
			.headers((headers) -> headers.setBasicAuth(username, password))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ apiTokens { id } }"))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
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

}
