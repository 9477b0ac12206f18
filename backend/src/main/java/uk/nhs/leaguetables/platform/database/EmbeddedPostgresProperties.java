package uk.nhs.leaguetables.platform.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data, and its port (0 picks a free one at each
 * start).
 *
 * @param dataDirectory the PostgreSQL data directory, created on first start; defaults to
 * {@code ~/.nhs-league-tables/postgres-17}
 * @param port the TCP port on loopback
 */
@ConfigurationProperties("league-tables.embedded-postgres")
record EmbeddedPostgresProperties(Path dataDirectory, int port) {

	EmbeddedPostgresProperties(@Nullable Path dataDirectory, int port) {
		this.dataDirectory = (dataDirectory != null) ? dataDirectory : EmbeddedDataDirectory.DEFAULT;
		this.port = port;
	}

}
