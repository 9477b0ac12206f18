package uk.nhs.leaguetables.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database part of readiness, asked on a connection of its own rather than one from
 * the pool: through the pool a probe waits for a free connection, so it took the pool's
 * time-out to say DOWN while PostgreSQL was away, and could say DOWN merely because every
 * connection was busy under load — taking a healthy instance out of the load balancer
 * just when it is needed. Here PostgreSQL has {@value #TIMEOUT_SECONDS} seconds to
 * connect and answer.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

	static final int TIMEOUT_SECONDS = 2;

	/** Named as Spring Boot's own database indicator, which it replaces. */
	@Bean
	DatabaseReachable dbHealthIndicator(DataSource dataSource) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		return new DatabaseReachable(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
	}

	/** Connects, runs {@code select 1} and disconnects. */
	static final class DatabaseReachable extends AbstractHealthIndicator {

		private final String jdbcUrl;

		private final Properties connectionProperties = new Properties();

		DatabaseReachable(String jdbcUrl, String username, String password) {
			super("PostgreSQL cannot be reached");
			this.jdbcUrl = jdbcUrl;
			connectionProperties.setProperty("user", username);
			connectionProperties.setProperty("password", (password != null) ? password : "");
			connectionProperties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
			connectionProperties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
			connectionProperties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
			connectionProperties.setProperty("ApplicationName", "nhs-league-tables readiness");
		}

		@Override
		protected void doHealthCheck(Health.Builder builder) throws SQLException {
			try (Connection connection = DriverManager.getConnection(jdbcUrl, connectionProperties)) {
				DSL.using(connection, SQLDialect.POSTGRES).selectOne().fetch();
			}
			builder.up().withDetail("database", "PostgreSQL").withDetail("check", "select 1 on its own connection");
		}

	}

}
