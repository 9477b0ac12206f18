package uk.nhs.leaguetables.platform.database;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import uk.nhs.leaguetables.platform.database.DatabaseHealthConfiguration.DatabaseReachable;
import uk.nhs.leaguetables.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseHealthConfigurationTest {

	@Test
	void a_reachable_database_is_up() {
		TestDatabase.Connection database = TestDatabase.serviceConnection();

		Health health = new DatabaseReachable(database.jdbcUrl(), database.username(), database.password()).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void a_database_that_does_not_answer_is_down_within_the_time_limit() {
		long started = System.nanoTime();

		Health health = new DatabaseReachable("jdbc:postgresql://10.255.255.1:5432/postgres", "postgres", "x").health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(Duration.ofNanos(System.nanoTime() - started))
			.isLessThan(Duration.ofSeconds(3 * DatabaseHealthConfiguration.TIMEOUT_SECONDS));
	}

}
