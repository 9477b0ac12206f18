package uk.nhs.leaguetables.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser-facing headers over real HTTP: every API response, including one replayed
 * from the public cache, forbids framing, sniffing and rendering as a page; GraphiQL runs
 * only scripts from this service, all of which it serves from the jar; and a client that
 * claims HTTPS in a forwarded header it is not trusted to send gets no HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void api_responses_fresh_and_replayed_cannot_be_rendered_framed_or_sniffed() throws Exception {
		String query = "{\"query\": \"{ regions { code name } }\"}";
		HttpResponse<String> fresh = post(query);
		HttpResponse<String> replayed = post(query);
		HttpResponse<String> export = send(HttpRequest.newBuilder(url("/exports/league-tables/1999-00-Q1/acute.csv")));

		for (HttpResponse<String> response : List.of(fresh, replayed, export)) {
			assertThat(response.headers().allValues("Content-Security-Policy"))
				.containsExactly("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
			assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
			assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
			assertThat(response.headers().allValues("Referrer-Policy"))
				.containsExactly("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}
		assertThat(replayed.body()).isEqualTo(fresh.body());
	}

	@Test
	void graphiql_loads_every_script_and_style_from_this_service_and_its_policy_allows_no_other() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(url("/graphiql")));

		assertThat(page.statusCode()).isEqualTo(200);
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'none'", "script-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe-eval", "http:", "https:", "*");
		assertThat(page.body()).doesNotContain("<script>").doesNotContain("//unpkg", "//esm.sh", "//cdn");
		List<String> assets = ASSET.matcher(page.body()).results().map((match) -> match.group(1)).toList();
		assertThat(assets).hasSize(6).allSatisfy((asset) -> assertThat(asset).startsWith("/graphiql/"));
		for (String asset : assets) {
			HttpResponse<String> served = send(HttpRequest.newBuilder(url(asset)));
			assertThat(served.statusCode()).as(asset).isEqualTo(200);
			assertThat(served.headers().firstValue("Content-Type").orElseThrow()).as(asset)
				.startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
		}
	}

	@Test
	void a_client_cannot_claim_https_through_a_forwarded_header_the_service_does_not_trust() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/graphiql"))
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "proto=https"));

		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpResponse<String> post(String body) throws Exception {
		return send(HttpRequest.newBuilder(url("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
