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

		assertThat(misses()).as("each query is asked twice before it is kept").isEqualTo(6);
		keep("{ first }", 4000);
		assertThat(misses()).as("the first was used recently, so it stayed").isEqualTo(6);
		ask("{ second }");
		assertThat(misses()).as("the second was the least recently used, so it went").isEqualTo(7);
	}

	@Test
	void a_query_is_kept_only_when_it_is_asked_a_second_time() {
		Object once = ask("{ once }").getExecutionResult().getData();
		assertThat(cache.body(once, MediaType.APPLICATION_JSON, () -> new byte[10])).isNull();

		Object twice = ask("{ once }").getExecutionResult().getData();
		assertThat(cache.body(twice, MediaType.APPLICATION_JSON, () -> new byte[10])).isNotNull();
		ask("{ once }");
		assertThat(misses()).isEqualTo(2);
	}

	@Test
	void a_result_whose_body_is_over_the_limit_is_not_kept_at_all() {
		ask("{ huge }");
		Object data = ask("{ huge }").getExecutionResult().getData();

		assertThat(cache.body(data, MediaType.APPLICATION_JSON, () -> new byte[5000])).isNull();
		ask("{ huge }");

		assertThat(misses()).isEqualTo(3);
	}

	/**
	 * Asks a query and keeps its body of the given size, as a response written from it
	 * does; a query asked for the first time is asked again, since only then is it kept.
	 */
	private void keep(String query, int bodySize) {
		KeptBody body = cache.body(ask(query).getExecutionResult().getData(), MediaType.APPLICATION_JSON,
				() -> new byte[bodySize]);
		if (body == null) {
			body = cache.body(ask(query).getExecutionResult().getData(), MediaType.APPLICATION_JSON,
					() -> new byte[bodySize]);
		}
		assertThat(body).isNotNull();
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
