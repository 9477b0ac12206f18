package uk.nhs.leaguetables.platform.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the embedded PostgreSQL keeps its data, for what lives beside it outside the
 * database (the audit key file).
 */
public final class EmbeddedDataDirectory {

	static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".nhs-league-tables", "postgres-17");

	private EmbeddedDataDirectory() {
	}

	/**
	 * The embedded database's data directory, or null when the service uses a database of
	 * its own ({@code spring.datasource.url}).
	 */
	public static @Nullable Path of(Environment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return null;
		}
		String configured = environment.getProperty("league-tables.embedded-postgres.data-directory");
		return StringUtils.hasText(configured) ? Path.of(configured) : DEFAULT;
	}

}
