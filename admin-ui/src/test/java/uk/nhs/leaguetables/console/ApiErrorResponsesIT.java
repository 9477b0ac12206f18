package uk.nhs.leaguetables.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the all-in-one deployment a malformed request to the API gets its 400, not a
 * redirect to the console's login page (the error is forwarded to {@code /error}, which
 * the console's chain would otherwise protect).
 */
@SpringBootTest(classes = LeagueTablesConsoleApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorResponsesIT {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "{\"query\":\"{ trusts { totalCount } }\"", "[{\"query\":\"{ __typename }\"}]",
			"{\"query\":\"{ trusts(search: \\\"\u00ff\\\") { totalCount } }\"" })
	void a_malformed_graphql_body_gets_a_bad_request(String body) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

}
