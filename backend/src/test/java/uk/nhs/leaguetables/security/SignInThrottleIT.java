package uk.nhs.leaguetables.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.nhs.leaguetables.db.tables.records.AuditEventRecord;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;

/**
 * Password and token guessing over real HTTP against the API, with small limits: after
 * three failures of an account, or six from one address, attempts are refused with 429
 * and {@code Retry-After} before the password is checked, the same for an account that
 * exists and one that does not. Each test connects from its own loopback address
 * (127.0.0.x), which is the address it is throttled under.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "league-tables.security.sign-in-throttle.account-failures=3",
				"league-tables.security.sign-in-throttle.address-failures=6",
				"league-tables.security.sign-in-throttle.window=1h" })
class SignInThrottleIT {

	private static final String QUERY = "{\"query\": \"{ regions { code } }\"}";

	private static final String PASSWORD = "the right password 42";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DSLContext dsl;

	@Test
	void guessing_an_accounts_password_is_refused_after_three_failures_even_with_the_right_one() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "throttle-victim", PASSWORD, Role.AUDITOR);
		HttpClient client = from("127.0.0.11");
		assertThat(basic(client, "throttle-victim", PASSWORD).statusCode()).isEqualTo(200);
		for (int guess = 1; guess <= 3; guess++) {
			assertThat(basic(client, "throttle-victim", "guess " + guess).statusCode()).isEqualTo(401);
		}

		// from another address too: the account itself is throttled
		HttpResponse<String> refused = basic(from("127.0.0.12"), "throttle-victim", PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow()).isPositive()
			.isLessThanOrEqualTo(3600);
		assertThat(refused.body()).contains("Too many failed sign-ins", "TOO_MANY_REQUESTS").doesNotContain("regions");
	}

	@Test
	void an_account_that_does_not_exist_is_refused_exactly_like_one_that_does() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "throttle-existing", PASSWORD, Role.AUDITOR);
		HttpClient client = from("127.0.0.13");
		for (int guess = 1; guess <= 3; guess++) {
			basic(client, "throttle-existing", "guess " + guess);
		}
		HttpResponse<String> existing = basic(from("127.0.0.14"), "throttle-existing", "guess 4");
		HttpClient other = from("127.0.0.15");
		for (int guess = 1; guess <= 3; guess++) {
			assertThat(basic(other, "throttle-nobody", "guess " + guess).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> missing = basic(from("127.0.0.16"), "throttle-nobody", "guess 4");

		assertThat(missing.statusCode()).isEqualTo(existing.statusCode()).isEqualTo(429);
		assertThat(missing.body()).isEqualTo(existing.body());
	}

	@Test
	void one_address_guessing_many_accounts_is_refused_after_six_failures_whatever_it_forwards() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "throttle-bystander", PASSWORD, Role.AUDITOR);
		HttpClient client = from("127.0.0.17");
		for (int account = 1; account <= 6; account++) {
			assertThat(basic(client, "sprayed-" + account, "Password1").statusCode()).isEqualTo(401);
		}

		// a fresh account name, and a forwarded address the service does not trust by
		// default
		HttpResponse<String> spoofed = client
			.send(request("Basic " + credentials("sprayed-7", "Password1")).header("X-Forwarded-For", "203.0.113.9")
				.header("Forwarded", "for=203.0.113.9")
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> rightPassword = basic(client, "throttle-bystander", PASSWORD);

		assertThat(spoofed.statusCode()).isEqualTo(429);
		assertThat(rightPassword.statusCode()).isEqualTo(429);
		assertThat(basic(from("127.0.0.18"), "throttle-bystander", PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void guessing_api_tokens_is_refused_after_six_failures_from_an_address() throws Exception {
		HttpClient client = from("127.0.0.19");
		for (int guess = 1; guess <= 6; guess++) {
			assertThat(send(client, "Bearer nlt_guess-" + guess).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = send(client, "Bearer nlt_guess-7");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("TOO_MANY_REQUESTS");
	}

	@Test
	void the_audit_log_keeps_only_real_login_names_and_no_row_per_refused_attempt() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "throttle-audited", PASSWORD, Role.AUDITOR);
		long before = lastAuditId();
		HttpClient client = from("127.0.0.20");
		String passwordAsName = "Tr0ub4dor&3 horse";
		basic(client, passwordAsName, "");
		basic(client, "x".repeat(5000), "whatever");
		basic(from("127.0.0.21"), "throttle-audited", "guess 1");
		basic(from("127.0.0.21"), "throttle-audited", "guess 2");
		basic(from("127.0.0.21"), "throttle-audited", "guess 3");
		for (int refused = 1; refused <= 20; refused++) {
			assertThat(basic(from("127.0.0.22"), "throttle-audited", "guess " + refused).statusCode()).isEqualTo(429);
		}

		List<AuditEventRecord> entries = dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.ID.gt(before), AUDIT_EVENT.ACTION.in("LOGIN_FAILED", "LOGIN_THROTTLED"))
			.orderBy(AUDIT_EVENT.ID)
			.fetch();
		List<String> failedActors = entries.stream()
			.filter((entry) -> entry.getAction().equals("LOGIN_FAILED"))
			.map(AuditEventRecord::getActor)
			.toList();
		assertThat(failedActors).contains("unknown (17 chars)", "unknown (5000 chars)")
			.filteredOn("throttle-audited"::equals)
			.hasSize(3);
		assertThat(entries).filteredOn((entry) -> entry.getAction().equals("LOGIN_THROTTLED"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getEntityId()).isEqualTo("throttle-audited"));
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.formatJSON()).doesNotContain("Tr0ub4dor", "xxxxxxxxxx");
			assertThat(entry.getActor()).hasSizeLessThanOrEqualTo(64);
		});
	}

	private long lastAuditId() {
		Long last = dsl.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne(0, Long.class);
		return (last != null) ? last : 0;
	}

	private static HttpClient from(String loopbackAddress) throws Exception {
		return HttpClient.newBuilder().localAddress(InetAddress.getByName(loopbackAddress)).build();
	}

	private HttpResponse<String> basic(HttpClient client, String username, String password) throws Exception {
		return send(client, "Basic " + credentials(username, password));
	}

	private HttpResponse<String> send(HttpClient client, String authorization) throws Exception {
		return client.send(request(authorization).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String authorization) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofString(QUERY));
	}

	private static String credentials(String username, String password) {
		return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
