package uk.nhs.leaguetables.platform.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Answers a field that failed because the database could not serve it — down, out of
 * connections, or a statement over its time limit — with an error that says so and what
 * to do, classified UNAVAILABLE or TIMEOUT rather than INTERNAL_ERROR. Under load such
 * failures come by the thousand, so they are logged as one line at most every
 * {@value #LOG_INTERVAL_SECONDS} seconds with a count, never with a stack trace each.
 */
@Component
class DatabaseUnavailableExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableExceptionResolver.class);

	private static final long LOG_INTERVAL_SECONDS = 10;

	private final Clock clock;

	private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);

	private final AtomicInteger unlogged = new AtomicInteger();

	DatabaseUnavailableExceptionResolver() {
		this(Clock.systemUTC());
	}

	DatabaseUnavailableExceptionResolver(Clock clock) {
		this.clock = clock;
	}

	/** How the client should read the failure. */
	enum Failure implements ErrorClassification {

		/**
		 * The database is down or has no connection free: the same request may work
		 * shortly.
		 */
		UNAVAILABLE("The database did not answer in time; nothing was changed. Try again shortly."),

		/** A statement ran past the service's time limit: ask for less. */
		TIMEOUT("The query took longer than the service allows; ask for fewer rows, fields or periods.");

		private final String message;

		Failure(String message) {
			this.message = message;
		}

		String message() {
			return message;
		}

	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		Failure failure = classify(ex);
		if (failure == null) {
			return null;
		}
		report(failure, ex);
		return GraphqlErrorBuilder.newError(env).errorType(failure).message(failure.message()).build();
	}

	static @Nullable Failure classify(Throwable ex) {
		if (ex instanceof QueryTimeoutException) {
			return Failure.TIMEOUT;
		}
		if ((ex instanceof TransientDataAccessException || ex instanceof DataAccessResourceFailureException)
				&& !exceedsProgramLimit(ex)) {
			return Failure.UNAVAILABLE;
		}
		return null;
	}

	/**
	 * Whether PostgreSQL refused a statement as too complex (SQL state class 54, which
	 * Spring counts as a resource failure): a defect to report, not an outage to wait
	 * out.
	 */
	private static boolean exceedsProgramLimit(Throwable ex) {
		return SqlStates.anyCauseHas(ex, (state) -> state.startsWith("54"));
	}

	/**
	 * Logs the failure unless one was logged within the interval; returns whether it did.
	 */
	boolean report(Failure failure, Throwable ex) {
		Instant now = clock.instant();
		Instant last = lastLogged.get();
		if (now.isBefore(last.plus(Duration.ofSeconds(LOG_INTERVAL_SECONDS))) || !lastLogged.compareAndSet(last, now)) {
			unlogged.incrementAndGet();
			return false;
		}
		log.warn("GraphQL field failed, {}: {} ({} more such failures since the last report)", failure, ex.getMessage(),
				unlogged.getAndSet(0));
		return true;
	}

}
