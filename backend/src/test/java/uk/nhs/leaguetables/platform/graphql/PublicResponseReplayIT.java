package uk.nhs.leaguetables.platform.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.nhs.leaguetables.platform.database.PublicDataChanged;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact repeats of anonymous requests are answered with the recorded response (same
 * status, headers and bytes) without running GraphQL; gzip is offered to clients that
 * accept it; credentials always take the full path; a change to public data forgets every
 * recording.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicResponseReplayIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void an_exact_repeat_gets_the_recorded_response_without_running_graphql() throws Exception {
		String query = body("{ trusts(league: AMBULANCE, first: 4) { nodes { code name } } }");
		HttpResponse<byte[]> executed = post(query, Map.of());
		post(query, Map.of());
		HttpResponse<byte[]> recorded = post(query, Map.of());
		long executions = executions();
		double replays = replays();

		HttpResponse<byte[]> replayed = post(query, Map.of());
		HttpResponse<byte[]> replayedAgain = post(query, Map.of());

		assertThat(replays()).isEqualTo(replays + 2);
		assertThat(executions()).isEqualTo(executions);
		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(text(replayed)).contains("\"code\":").isEqualTo(text(executed)).isEqualTo(text(replayedAgain));
		assertThat(headers(replayed)).isEqualTo(headers(recorded));
	}

	@Test
	void a_request_with_credentials_or_a_different_body_runs_graphql() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "replay-auditor", "auditor-password", Role.AUDITOR);
		String query = body("{ trusts(league: AMBULANCE, first: 5) { nodes { code } } }");
		post(query, Map.of());
		post(query, Map.of());
		long executions = executions();
		double replays = replays();

		post(query, Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString("replay-auditor:auditor-password".getBytes())));
		assertThat(executions()).isEqualTo(executions + 1);

		post(body("{ trusts(league: AMBULANCE, first: 5) { nodes { code name } } }"), Map.of());
		assertThat(executions()).isEqualTo(executions + 2);
		assertThat(replays()).isEqualTo(replays);
	}

	@Test
	void a_client_that_accepts_gzip_gets_the_same_body_compressed() throws Exception {
		String query = body("{ trusts(league: ACUTE, first: 60) { nodes { code name region { name } } } }");
		post(query, Map.of());
		String identity = text(post(query, Map.of()));
		post(query, Map.of("Accept-Encoding", "gzip"));
		HttpResponse<byte[]> compressedOnce = post(query, Map.of("Accept-Encoding", "gzip"));
		double replays = replays();

		HttpResponse<byte[]> compressed = post(query, Map.of("Accept-Encoding", "gzip"));
		HttpResponse<byte[]> refused = post(query, Map.of("Accept-Encoding", "gzip;q=0"));

		assertThat(replays()).isEqualTo(replays + 2);
		assertThat(compressed.body()).isEqualTo(compressedOnce.body());
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		assertThat(compressed.body().length).isLessThan(identity.length() / 3);
		assertThat(gunzip(compressed.body())).isEqualTo(identity);
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(text(refused)).isEqualTo(identity);
	}

	@Test
	void a_change_to_public_data_forgets_the_recorded_responses() throws Exception {
		String query = body("{ trusts(league: AMBULANCE, first: 6) { nodes { code } } }");
		post(query, Map.of());
		post(query, Map.of());
		post(query, Map.of());
		long executions = executions();
		double replays = replays();

		events.publishEvent(new PublicDataChanged("test"));
		post(query, Map.of());

		assertThat(executions()).isEqualTo(executions + 1);
		assertThat(replays()).isEqualTo(replays);
	}

	@Test
	void a_web_page_on_any_site_may_read_the_api_and_each_origin_gets_its_own_recording() throws Exception {
		HttpResponse<byte[]> preflight = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://dashboard.example.org")
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

		String query = body("{ trusts(league: AMBULANCE, first: 7) { nodes { code } } }");
		post(query, Map.of());
		post(query, Map.of());
		HttpResponse<byte[]> withoutOrigin = post(query, Map.of());
		HttpResponse<byte[]> fromAPage = post(query, Map.of("Origin", "https://news.example.org"));

		assertThat(withoutOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(fromAPage.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(fromAPage.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	private long executions() {
		return meters.find("graphql.request").timers().stream().mapToLong(Timer::count).sum();
	}

	private double replays() {
		return meters.get("league_tables.graphql.cache.requests").tag("result", "replay").counter().count();
	}

	private HttpResponse<byte[]> post(String body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String body(String query) {
		return "{\"query\": \"" + query + "\"}";
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	/** The headers that belong to the response rather than to the moment it was sent. */
	private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
		HttpHeaders headers = response.headers();
		Map<String, List<String>> kept = new TreeMap<>(headers.map());
		kept.remove("date");
		return kept;
	}

	private static String gunzip(byte[] compressed) throws IOException {
		try (var gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
