package uk.nhs.leaguetables.platform.graphql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import uk.nhs.leaguetables.platform.graphql.DatabaseUnavailableExceptionResolver.Failure;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableExceptionResolverTest {

	@Test
	void an_exhausted_pool_or_a_database_that_is_down_is_unavailable() {
		var poolTimeout = new TransientDataAccessResourceException("jOOQ",
				new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));

		assertThat(DatabaseUnavailableExceptionResolver.classify(poolTimeout)).isEqualTo(Failure.UNAVAILABLE);
		assertThat(DatabaseUnavailableExceptionResolver.classify(new CannotGetJdbcConnectionException("down")))
			.isEqualTo(Failure.UNAVAILABLE);
	}

	@Test
	void a_statement_over_its_time_limit_is_a_timeout_and_anything_else_is_left_alone() {
		assertThat(DatabaseUnavailableExceptionResolver.classify(new QueryTimeoutException("cancelled")))
			.isEqualTo(Failure.TIMEOUT);
		assertThat(DatabaseUnavailableExceptionResolver.classify(new DataIntegrityViolationException("duplicate")))
			.isNull();
		assertThat(DatabaseUnavailableExceptionResolver.classify(new IllegalStateException("bug"))).isNull();
		assertThat(DatabaseUnavailableExceptionResolver.classify(new DataAccessResourceFailureException("jOOQ",
				new SQLException("ERROR: stack depth limit exceeded", "54001"))))
			.isNull();
	}

	@Test
	void failures_are_logged_at_most_once_per_ten_seconds() {
		var clock = new MovableClock(Instant.parse("2026-11-27T06:00:00Z"));
		var resolver = new DatabaseUnavailableExceptionResolver(clock);
		var failure = new CannotGetJdbcConnectionException("down");

		assertThat(resolver.report(Failure.UNAVAILABLE, failure)).isTrue();
		assertThat(resolver.report(Failure.UNAVAILABLE, failure)).isFalse();
		clock.advance(Duration.ofSeconds(9));
		assertThat(resolver.report(Failure.UNAVAILABLE, failure)).isFalse();
		clock.advance(Duration.ofSeconds(1));
		assertThat(resolver.report(Failure.UNAVAILABLE, failure)).isTrue();
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
