package uk.nhs.leaguetables.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import uk.nhs.leaguetables.platform.database.ServiceRole;

/**
 * The PostgreSQL every test of every module runs against, started once per JVM: a
 * Testcontainers PostgreSQL 17 when a Docker engine is available, otherwise an embedded
 * PostgreSQL 17 in a fresh temporary directory. Never the developer's own embedded
 * database. As in production, Flyway migrates as the owner (the server's superuser) and
 * the application connects as the {@link ServiceRole}, so every integration test runs
 * with the service's real privileges.
 */
public final class TestDatabase {

	private static final String POSTGRES_IMAGE = "postgres:17-alpine";

	private static volatile Server server;

	private TestDatabase() {
	}

	/**
	 * Where the owner of the schema (the server's superuser) connects: Flyway, clean-up,
	 * and tests that act as the owner. Starts the server on first use.
	 */
	public static Connection connection() {
		return server().owner();
	}

	/** Where the application connects, as the service role. */
	public static Connection serviceConnection() {
		return server().service();
	}

	/**
	 * The owner of the schema, for cleaning up after a test and for playing an attacker
	 * with the owner's rights; never for the code under test, which runs as the service
	 * role. Each statement runs on a connection of its own and commits.
	 */
	public static DSLContext owner() {
		Connection owner = connection();
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(owner.jdbcUrl());
		dataSource.setUser(owner.username());
		dataSource.setPassword(owner.password());
		return DSL.using(dataSource, SQLDialect.POSTGRES);
	}

	/**
	 * Runs {@code work} as the owner in one transaction that is rolled back afterwards,
	 * whatever it did: for tampering as only an owner can, without leaving a trace for
	 * other tests.
	 */
	public static <T> T asOwnerRolledBack(Function<DSLContext, T> work) {
		return owner().connectionResult((connection) -> {
			connection.setAutoCommit(false);
			try {
				return work.apply(DSL.using(connection, SQLDialect.POSTGRES));
			}
			finally {
				connection.rollback();
			}
		});
	}

	private static Server server() {
		Server current = server;
		if (current == null) {
			synchronized (TestDatabase.class) {
				if (server == null) {
					server = start();
				}
				current = server;
			}
		}
		return current;
	}

	private static Server start() {
		Connection owner = startPostgres();
		PGSimpleDataSource administrator = new PGSimpleDataSource();
		administrator.setURL(owner.jdbcUrl());
		administrator.setUser(owner.username());
		administrator.setPassword(owner.password());
		String password = ServiceRole.generatedPassword();
		ServiceRole.provision(administrator, password);
		return new Server(owner,
				new Connection(owner.jdbcUrl(), ServiceRole.NAME, password, owner.description() + ", service role"));
	}

	private static Connection startPostgres() {
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
			// not getJdbcUrl(user, database): the user it puts in the URL overrides the
			// username
			return new Connection("jdbc:postgresql://localhost:%d/postgres".formatted(postgres.getPort()), "postgres",
					"postgres", "embedded PostgreSQL (no Docker engine)");
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

	private record Server(Connection owner, Connection service) {
	}

}
