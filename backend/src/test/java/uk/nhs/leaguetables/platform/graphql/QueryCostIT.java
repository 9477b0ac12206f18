package uk.nhs.leaguetables.platform.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, finding 6: a short anonymous query that nests lists used to return 13 MB; now
 * its cost counts the lists' sizes and it is refused before it runs, while the
 * benchmark's real queries pass and a signed-in client may spend more. A response larger
 * than its client may receive is replaced by an error (the limit is lowered here so that
 * the demo-sized data reaches it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "league-tables.graphql.anonymous-max-response-size=16KB")
class QueryCostIT {

	/**
	 * 110 bytes; with 50 trusts, 40 quarters of history and 30 metrics each, 300,000
	 * values.
	 */
	private static final String NESTED_LISTS = "{trusts(first:100){nodes{history{metrics{metricId value score rank explanation}}}}}";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void an_anonymous_query_nesting_lists_is_refused_before_it_runs() {
		tester(WebTestClient.bindToServer()).document(NESTED_LISTS).execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).startsWith("The query would cost 302102")
					.contains("this client's budget is 250000");
			});
		});
	}

	@Test
	void a_signed_in_client_may_spend_more() {
		TestUsers.ensure(users, passwordEncoder, "cost-analyst", "cost-analyst-password", Role.AUDITOR);

		tester(WebTestClient.bindToServer()
			.defaultHeaders((headers) -> headers.setBasicAuth("cost-analyst", "cost-analyst-password")))
			.document(NESTED_LISTS)
			.execute()
			.path("trusts.nodes")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

	@Test
	void the_benchmarks_queries_stay_within_the_anonymous_budget() throws IOException {
		for (String file : Set.of("league-table.json", "history.json")) {
			Map<?, ?> request = JsonMapper.builder()
				.build()
				.readValue(Files.readString(Path.of("../bench/queries", file)), Map.class);
			var response = tester(WebTestClient.bindToServer()).document((String) request.get("query"))
				.variables(variables(request))
				.execute();
			response.errors()
				.satisfy((errors) -> assertThat(errors).noneMatch((error) -> error.getMessage().contains("cost")));
		}
	}

	@Test
	void a_response_larger_than_an_anonymous_client_may_receive_is_replaced_by_an_error() {
		tester(WebTestClient.bindToServer())
			.document("{trusts(first:500){nodes{code name region{code name} icb{code name} league}}}")
			.execute()
			.errors()
			.satisfy(
					(errors) -> assertThat(errors).singleElement()
						.satisfies((error) -> assertThat(error.getMessage())
							.startsWith("The response would be larger than 0 MB")
							.endsWith("(signed-in clients may receive more)")));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> variables(Map<?, ?> request) {
		return (Map<String, Object>) request.get("variables");
	}

	private HttpGraphQlTester tester(WebTestClient.Builder client) {
		return HttpGraphQlTester.create(client.responseTimeout(java.time.Duration.ofSeconds(30))
			.baseUrl("http://localhost:" + port + "/graphql")
			.build());
	}

}
