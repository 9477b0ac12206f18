package uk.nhs.leaguetables.platform.graphql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.nhs.leaguetables.platform.digest.Sha256;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as the GraphQL-over-HTTP specification has it, on the real server:
 * GET for queries (405 for a mutation), media types and 406, 400 for documents that do
 * not parse, trusted documents by hash, HTTP caching with ETag and 304, and the request
 * limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlOverHttpIT {

	private static final String REGIONS = "{ regions { code name } }";

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TrustedDocuments trustedDocuments;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void a_query_over_get_answers_in_the_graphql_response_media_type() throws Exception {
		HttpResponse<String> response = get("query=" + encode(REGIONS), GRAPHQL_RESPONSE);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
		assertThat(response.body()).contains("\"code\":\"Y56\"", "London");
	}

	@Test
	void a_client_that_asks_for_json_or_says_nothing_gets_json() throws Exception {
		for (String accept : new String[] { "application/json", null }) {
			HttpResponse<String> response = get("query=" + encode(REGIONS), accept);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as("Accept %s", accept)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		}
	}

	@Test
	void a_mutation_over_get_is_refused_with_405() throws Exception {
		HttpResponse<String> response = get("query=" + encode(
				"mutation { reopenPeriod(input: {period: \"2019/20 Q1\", league: ACUTE, reason: \"x\"}) { status } }"),
				null);

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(response.body()).contains("GET only runs queries");
	}

	@Test
	void an_unsupported_accept_header_gets_406_over_get_and_post() throws Exception {
		assertThat(get("query=" + encode(REGIONS), "text/html").statusCode()).isEqualTo(406);
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(graphQl(""))
			.header("Content-Type", "application/json")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + REGIONS + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(406);
		assertThat(post.body()).contains("application/graphql-response+json");
	}

	@Test
	void a_document_that_does_not_parse_gets_400() throws Exception {
		HttpResponse<String> response = get("query=" + encode("{ regions { code "), GRAPHQL_RESPONSE);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("errors").doesNotContain("Exception", "at uk.");
		assertThat(get("", null).statusCode()).isEqualTo(400);
		assertThat(get("query=" + encode(REGIONS) + "&variables=" + encode("{not json"), null).statusCode())
			.isEqualTo(400);
	}

	@Test
	void anonymous_responses_are_public_with_an_etag_and_a_repeat_gets_304() throws Exception {
		HttpResponse<String> first = get("query=" + encode(REGIONS), null);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");

		HttpResponse<String> repeat = http.send(
				HttpRequest.newBuilder(graphQl("query=" + encode(REGIONS))).header("If-None-Match", etag).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(repeat.statusCode()).isEqualTo(304);
		assertThat(repeat.body()).isEmpty();
	}

	@Test
	void responses_to_signed_in_users_are_never_stored() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "http-auditor", "auditor-password", Role.AUDITOR);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphQl("query=" + encode(REGIONS)))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("http-auditor:auditor-password".getBytes()))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store, private");
		assertThat(response.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void trusted_documents_are_listed_and_run_by_their_hash() throws Exception {
		var summary = trustedDocuments.all()
			.stream()
			.filter((document) -> document.name().equals("league-summary"))
			.findFirst()
			.orElseThrow();
		assertThat(summary.id()).isEqualTo("sha256:" + Sha256.hex(summary.document()));
		HttpResponse<String> manifest = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql/trusted-documents")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(manifest.body()).contains(summary.id(), "acute-league-table", "organisation-history");

		String variables = encode("{\"period\": \"2019/20 Q1\", \"league\": \"ACUTE\"}");
		HttpResponse<String> byId = get("documentId=" + encode(summary.id()) + "&variables=" + variables, null);
		assertThat(byId.statusCode()).isEqualTo(200);
		assertThat(byId.body()).isEqualTo("{\"data\":{\"leagueSummary\":[]}}");
		String apollo = encode("{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \""
				+ summary.id().substring("sha256:".length()) + "\"}}");
		assertThat(get("extensions=" + apollo + "&variables=" + variables, null).body()).isEqualTo(byId.body());
		HttpResponse<String> unknown = get("documentId=sha256:" + "0".repeat(64), null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("no trusted document");
	}

	@Test
	void an_alias_bomb_is_refused_before_it_runs() throws Exception {
		String bomb = IntStream.range(0, 31)
			.mapToObj((i) -> "a" + i + ": regions { code }")
			.collect(Collectors.joining(" ", "{ ", " }"));

		HttpResponse<String> response = get("query=" + encode(bomb), null);

		assertThat(response.body()).contains("31 aliases; at most 30 are allowed").doesNotContain("\"data\":{\"a0\"");
	}

	@Test
	void a_request_body_over_the_limit_gets_413() throws Exception {
		String huge = "{\"query\": \"" + REGIONS + "\", \"variables\": {\"padding\": \"" + "x".repeat(3 * 1024 * 1024)
				+ "\"}}";

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphQl(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(huge))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("at most 2097152 are accepted");
	}

	@Test
	void a_client_with_credentials_may_send_a_larger_body_such_as_10000_rows() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "http-auditor", "auditor-password", Role.AUDITOR);
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString("http-auditor:auditor-password".getBytes());

		HttpResponse<String> threeMegabytes = postPadded(3 * 1024 * 1024, authorization);
		HttpResponse<String> seventeenMegabytes = postPadded(17 * 1024 * 1024, authorization);

		assertThat(threeMegabytes.statusCode()).isEqualTo(200);
		assertThat(threeMegabytes.body()).contains("\"regions\"");
		assertThat(seventeenMegabytes.statusCode()).isEqualTo(413);
		assertThat(seventeenMegabytes.body()).contains("at most 16777216 are accepted");
	}

	@Test
	void an_authorization_header_that_authenticates_nobody_gets_the_anonymous_limit() throws Exception {
		HttpResponse<String> unknownScheme = postPadded(3 * 1024 * 1024, "Whatever trust-me");
		HttpResponse<String> badPassword = postPadded(3 * 1024 * 1024,
				"Basic " + Base64.getEncoder().encodeToString("http-nobody:not-a-password".getBytes()));

		assertThat(unknownScheme.statusCode()).isEqualTo(413);
		assertThat(unknownScheme.body()).contains("at most 2097152 are accepted");
		assertThat(badPassword.statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> postPadded(int paddingBytes, String authorization) throws Exception {
		String body = "{\"query\": \"" + REGIONS + "\", \"variables\": {\"padding\": \"" + "x".repeat(paddingBytes)
				+ "\"}}";
		return http.send(HttpRequest.newBuilder(graphQl(""))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String query, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(graphQl(query)).GET();
		if (accept != null) {
			request.header("Accept", accept);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI graphQl(String query) {
		return URI.create("http://localhost:" + port + "/graphql" + (query.isEmpty() ? "" : "?" + query));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void a_cached_answer_is_byte_for_byte_the_answer_a_fresh_execution_gives() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "http-auditor", "auditor-password", Role.AUDITOR);
		String query = "{\"query\": \"{ trusts(league: AMBULANCE, first: 3) { totalCount nodes { code name } } }\"}";

		String first = post(query, null);
		post(query, null);
		String cached = post(query, null);
		String fresh = post(query,
				"Basic " + Base64.getEncoder().encodeToString("http-auditor:auditor-password".getBytes()));

		assertThat(first).contains("\"totalCount\":10");
		assertThat(cached).isEqualTo(first).isEqualTo(fresh);
	}

	private String post(String body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(graphQl(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
