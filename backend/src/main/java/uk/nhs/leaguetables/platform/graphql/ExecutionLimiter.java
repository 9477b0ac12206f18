package uk.nhs.leaguetables.platform.graphql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

import uk.nhs.leaguetables.platform.graphql.DatabaseUnavailableExceptionResolver.Failure;

/**
 * Lets at most as many GraphQL executions run at once as the database has connections
 * for; the others wait their turn here, in order, rather than all at once for a pool
 * connection, where any that waited past the pool's time-out failed. A request that
 * cannot start within {@code league-tables.graphql.execution-queue-timeout} is answered
 * UNAVAILABLE without running. Runs after the response cache, so cached answers never
 * wait.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ExecutionLimiter implements WebGraphQlInterceptor {

	private final Semaphore permits;

	private final Duration queueTimeout;

	private final Counter turnedAway;

	ExecutionLimiter(
			@Value("${league-tables.graphql.max-concurrent-executions:${spring.datasource.hikari.maximum-pool-size:10}}") int maxConcurrent,
			@Value("${league-tables.graphql.execution-queue-timeout:20s}") Duration queueTimeout,
			MeterRegistry meters) {
		this.permits = new Semaphore(maxConcurrent, true);
		this.queueTimeout = queueTimeout;
		this.turnedAway = Counter.builder("league_tables.graphql.executions.turned_away")
			.description("GraphQL requests answered UNAVAILABLE because they could not start in time")
			.register(meters);
		Gauge.builder("league_tables.graphql.executions.waiting", permits, Semaphore::getQueueLength)
			.description("GraphQL requests waiting for their turn to execute")
			.register(meters);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.defer(() -> {
			if (!acquire()) {
				turnedAway.increment();
				return Mono.just(busy(request));
			}
			return chain.next(request).doFinally((signal) -> permits.release());
		});
	}

	private boolean acquire() {
		try {
			return permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static WebGraphQlResponse busy(WebGraphQlRequest request) {
		var error = GraphqlErrorBuilder.newError()
			.errorType(Failure.UNAVAILABLE)
			.message("The service is too busy to start this query now; nothing was run. Try again shortly.")
			.build();
		var result = ExecutionResult.newExecutionResult().errors(List.of(error)).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
