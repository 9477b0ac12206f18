package uk.nhs.leaguetables.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every test of every module runs against, started once per JVM: a
 * Testcontainers PostgreSQL 17 when a Docker engine is available, otherwise an embedded
 * PostgreSQL 17 in a fresh temporary directory. Never the developer's own embedded
 * database.
 */
public final class TestDatabase {

	private static final String POSTGRES_IMAGE = "postgres:17-alpine";

	private static volatile Connection connection;

	private TestDatabase() {
	}

	/** Where to connect; starts the server on first use. */
	public static Connection connection() {
		Connection current = connection;
		if (current == null) {
			synchronized (TestDatabase.class) {
				if (connection == null) {
					connection = start();
				}
				current = connection;
			}
		}
		return current;
	}

	private static Connection start() {
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers " + POSTGRES_IMAGE);
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL (no Docker engine)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", ex);
		}
	}

	/**
	 * @param jdbcUrl the JDBC URL
	 * @param username the user
	 * @param password the password
	 * @param description which kind of server it is, for logs
	 */
	public record Connection(String jdbcUrl, String username, String password, String description) {
	}

}
