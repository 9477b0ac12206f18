package uk.nhs.leaguetables.platform.database;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every SQL statement jOOQ runs gets a timeout, so that a pathological request cannot
 * hold a connection (and a request thread) for ever; the statement is cancelled and the
 * request fails with a clear error. Generous, since a calculation of a large league
 * writes its results in a few large batches.
 */
@Configuration(proxyBeanMethods = false)
class QueryTimeoutConfiguration {

	@Bean
	DefaultConfigurationCustomizer statementTimeout(
			@Value("${league-tables.database.statement-timeout:60s}") Duration timeout) {
		return (configuration) -> configuration.settings().withQueryTimeout((int) timeout.toSeconds());
	}

}
