package uk.nhs.leaguetables.platform.graphql;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's memory is bounded by the size of what it keeps, not only by the number of
 * results: many different large queries cannot fill the heap.
 */
class PublicResponseCacheTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final PublicResponseCache cache = new PublicResponseCache(true, 500, DataSize.ofKilobytes(4),
			DataSize.ofKilobytes(10), meters);

	@Test
	void the_least_recently_used_results_make_room_when_kept_bodies_pass_their_budget() {
		keep("{ first }", 4000);
		keep("{ second }", 4000);
		keep("{ first }", 4000);
		keep("{ third }", 4000);

		assertThat(misses()).isEqualTo(3);
		keep("{ first }", 4000);
		assertThat(misses()).as("the first was used recently, so it stayed").isEqualTo(3);
		keep("{ second }", 4000);
		assertThat(misses()).as("the second was the least recently used, so it went").isEqualTo(4);
	}

	@Test
	void a_result_whose_body_is_over_the_limit_is_not_kept_at_all() {
		Object data = ask("{ huge }").getExecutionResult().getData();

		assertThat(cache.body(data, MediaType.APPLICATION_JSON, () -> new byte[5000])).isNull();
		ask("{ huge }");

		assertThat(misses()).isEqualTo(2);
	}

	/**
	 * Asks a query and keeps its body of the given size, as a response written from it
	 * does.
	 */
	private void keep(String query, int bodySize) {
		Object data = ask(query).getExecutionResult().getData();
		assertThat(cache.body(data, MediaType.APPLICATION_JSON, () -> new byte[bodySize])).isNotNull();
	}

	private WebGraphQlResponse ask(String query) {
		var request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", query), "1", Locale.UK);
		return cache.intercept(request,
				(next) -> Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(next.toExecutionInput(),
						ExecutionResult.newExecutionResult().data(Map.of("query", query)).build()))))
			.block();
	}

	private double misses() {
		return meters.counter("league_tables.graphql.cache.requests", "result", "miss").count();
	}

}
