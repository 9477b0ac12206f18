package uk.nhs.leaguetables.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy ({@code server.forward-headers-strategy=native}; this test's
 * loopback connections are the trusted proxy): the client's HTTPS gets HSTS, and each
 * forwarded client is throttled under its own address, so one client's guessing does not
 * lock out everyone behind the proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.forward-headers-strategy=native", "league-tables.security.sign-in-throttle.address-failures=3" })
class ForwardedHeadersIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void https_at_the_proxy_gets_strict_transport_security() throws Exception {
		HttpResponse<String> overHttps = send(request("/graphiql").header("X-Forwarded-Proto", "https"));
		HttpResponse<String> overHttp = send(request("/graphiql"));

		assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000; includeSubDomains");
		assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void each_forwarded_client_is_throttled_under_its_own_address() throws Exception {
		for (int guess = 1; guess <= 3; guess++) {
			assertThat(guess("198.51.100.7", "forwarded-" + guess).statusCode()).isEqualTo(401);
		}

		assertThat(guess("198.51.100.7", "forwarded-4").statusCode()).isEqualTo(429);
		assertThat(guess("198.51.100.8", "forwarded-5").statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> guess(String client, String username) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":not-the-password").getBytes(StandardCharsets.UTF_8));
		return send(request("/graphql").header("X-Forwarded-For", client)
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ regions { code } }\"}")));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
