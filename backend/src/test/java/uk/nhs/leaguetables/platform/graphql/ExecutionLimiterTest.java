package uk.nhs.leaguetables.platform.graphql;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import uk.nhs.leaguetables.platform.graphql.DatabaseUnavailableExceptionResolver.Failure;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionLimiterTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ExecutionLimiter limiter = new ExecutionLimiter(1, Duration.ofMillis(200), meters);

	private final WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"),
			new HttpHeaders(), new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", "{ regions { code } }"),
			"1", Locale.UK);

	@Test
	void a_request_waits_while_all_executions_are_taken_and_is_turned_away_when_its_turn_does_not_come() {
		Sinks.One<WebGraphQlResponse> running = Sinks.one();
		Mono<WebGraphQlResponse> first = limiter.intercept(request, (next) -> running.asMono());
		first.subscribe();

		WebGraphQlResponse second = limiter.intercept(request, this::respond).block();

		assertThat(second.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(Failure.UNAVAILABLE);
			assertThat(error.getMessage()).contains("too busy");
		});
		assertThat(meters.counter("league_tables.graphql.executions.turned_away").count()).isEqualTo(1);

		running.tryEmitValue(response(request));
		WebGraphQlResponse third = limiter.intercept(request, this::respond).block();
		assertThat(third.getErrors()).isEmpty();
	}

	@Test
	void a_failed_or_cancelled_execution_gives_its_turn_back() {
		limiter.intercept(request, (next) -> Mono.error(new IllegalStateException("failed"))).onErrorComplete().block();
		limiter.intercept(request, (next) -> Mono.never()).subscribe().dispose();

		assertThat(limiter.intercept(request, this::respond).block().getErrors()).isEmpty();
	}

	private Mono<WebGraphQlResponse> respond(WebGraphQlRequest next) {
		return Mono.just(response(next));
	}

	private static WebGraphQlResponse response(WebGraphQlRequest request) {
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().data(Map.of("regions", List.of())).build()));
	}

}
