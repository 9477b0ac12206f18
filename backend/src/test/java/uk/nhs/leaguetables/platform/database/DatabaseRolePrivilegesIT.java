package uk.nhs.leaguetables.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;
import uk.nhs.leaguetables.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.privilege;
import static org.jooq.impl.DSL.role;
import static org.jooq.impl.DSL.table;
import static uk.nhs.leaguetables.db.Public.PUBLIC;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;

/**
 * The attacks of issue #15 item 4, made through the service's own connection (the
 * {@link ServiceRole}): switching the immutability and audit triggers off, truncating,
 * creating objects, and changing or deleting append-only and published rows. Each fails;
 * the triggers still stop the owner; and {@code db/migration/afterMigrate.sql} lists
 * every table. Publishes the ambulance table of 2023/24 Q2, a quarter no other test uses.
 */
@SpringBootTest
@Import(DemoLeagueTables.class)
class DatabaseRolePrivilegesIT {

	private static final String PERIOD = "2023/24 Q2";

	private static final Pattern LISTED = Pattern.compile("^\\s*\\('([a-z_]+)', '([^']*)'", Pattern.MULTILINE);

	private static final String APPEND_ONLY = "select, insert";

	@Autowired
	DSLContext dsl;

	@Autowired
	Flyway flyway;

	private static long published;

	@BeforeAll
	static void publishATable(@Autowired DemoLeagueTables tables, @Autowired DSLContext dsl) {
		tables.publish(PERIOD, League.AMBULANCE, "2024/25 Q3", "G6V2S");
		published = dsl.select(PUBLICATION.CALCULATION_ID)
			.from(PUBLICATION)
			.where(PUBLICATION.PERIOD_CODE.eq(PERIOD))
			.fetchSingle(PUBLICATION.CALCULATION_ID);
	}

	@Test
	void the_service_connects_as_a_role_that_is_no_superuser_and_owns_nothing() {
		// PostgreSQL's catalogue has no generated jOOQ classes
		assertThat(dsl.fetchValue("select current_user")).isEqualTo(ServiceRole.NAME);
		assertThat(dsl.fetchSingle("""
				select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
				from pg_roles where rolname = current_user""").intoList()).containsOnly(false);
		assertThat(dsl.resultQuery("""
				select (select count(*) from pg_class where pg_has_role(current_user, relowner, 'MEMBER'))
				     + (select count(*) from pg_proc where pg_has_role(current_user, proowner, 'MEMBER'))
				     + (select count(*) from pg_type where pg_has_role(current_user, typowner, 'MEMBER'))
				     + (select count(*) from pg_namespace where pg_has_role(current_user, nspowner, 'MEMBER'))""")
			.fetchSingle(0, Long.class))
			.as("tables, functions, types and schemas the service owns or may act as the owner of")
			.isZero();
	}

	@Test
	void no_function_runs_with_its_owners_rights() {
		// afterMigrate.sql lets the service execute every function, which is safe only so
		assertThat(dsl.resultQuery("""
				select proname::text from pg_proc
				where pronamespace = 'public'::regnamespace and prosecdef""").fetch(0, String.class))
			.as("SECURITY DEFINER functions")
			.isEmpty();
	}

	@Test
	void cannot_switch_the_triggers_off_for_its_session() {
		assertThatThrownBy(() -> dsl.set(name("session_replication_role"), inline("replica")).execute()).rootCause()
			.hasMessageContaining("permission denied to set parameter \"session_replication_role\"");
	}

	@Test
	void cannot_disable_the_triggers_of_any_table() {
		assertThat(tables()).isNotEmpty()
			.allSatisfy((table) -> assertThatThrownBy(
					// ALTER TABLE ... DISABLE TRIGGER has no jOOQ DSL; the name comes
					// from the catalogue
					() -> dsl.execute("alter table {0} disable trigger all", name(table)))
				.rootCause()
				.hasMessageContaining("must be owner of table " + table));
	}

	@Test
	void cannot_truncate_any_table() {
		assertThat(tables()).isNotEmpty()
			.allSatisfy((table) -> assertThatThrownBy(() -> dsl.truncate(table(name(table))).execute()).rootCause()
				.hasMessageContaining("permission denied for table " + table));
	}

	@Test
	void cannot_create_objects() {
		assertThatThrownBy(() -> dsl.createTable("planted").column("id", org.jooq.impl.SQLDataType.INTEGER).execute())
			.rootCause()
			.hasMessageContaining("permission denied for schema public");
		assertThatThrownBy(() -> dsl.createSchema("planted").execute()).rootCause()
			.hasMessageContaining("permission denied for database");
	}

	@Test
	void cannot_update_or_delete_rows_of_append_only_tables() {
		List<String> appendOnly = listedPrivileges().stream()
			.filter((listed) -> listed.privileges().equals(APPEND_ONLY))
			.map(Listed::table)
			.filter(tables()::contains)
			.toList();
		assertThat(appendOnly).contains(AUDIT_EVENT.getName(), PUBLICATION.getName());

		assertThat(appendOnly).allSatisfy((name) -> {
			Table<?> table = PUBLIC.getTable(name);
			assertThat(table).as("the generated table %s", name).isNotNull();
			// an identity column could be set to nothing but DEFAULT, which PostgreSQL
			// checks first
			Field<?> column = Arrays.stream(table.fields())
				.filter((field) -> !field.getDataType().identity())
				.findFirst()
				.orElseThrow();
			assertThatThrownBy(() -> updateToItself(table, column)).rootCause()
				.hasMessageContaining("permission denied for table " + name);
			assertThatThrownBy(() -> dsl.deleteFrom(table).where(falseCondition()).execute()).rootCause()
				.hasMessageContaining("permission denied for table " + name);
		});
	}

	@Test
	void cannot_change_or_delete_a_published_table() {
		assertThatThrownBy(() -> dsl.update(ORGANISATION_RESULT)
			.set(ORGANISATION_RESULT.FINAL_SEGMENT, (short) 1)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(published))
			.execute()).rootCause().hasMessageContaining("permission denied for table organisation_result");
		assertThatThrownBy(
				() -> dsl.deleteFrom(METRIC_RESULT).where(METRIC_RESULT.CALCULATION_ID.eq(published)).execute())
			.rootCause()
			.hasMessageContaining("permission denied for table metric_result");
		assertThatThrownBy(() -> dsl.update(CALCULATION)
			.set(CALCULATION.OUTPUT_DIGEST, "0".repeat(64))
			.where(CALCULATION.ID.eq(published))
			.execute()).rootCause().hasMessageContaining("permission denied for table calculation");
		assertThatThrownBy(() -> dsl.deleteFrom(CALCULATION).where(CALCULATION.ID.eq(published)).execute()).rootCause()
			.hasMessageContaining("permission denied for table calculation");
		// the status may change (drafts are discarded), but not a published one's: the
		// trigger is the row's guard
		assertThatThrownBy(() -> dsl.update(CALCULATION)
			.set(CALCULATION.STATUS, uk.nhs.leaguetables.db.enums.CalculationStatus.DISCARDED)
			.where(CALCULATION.ID.eq(published))
			.execute()).rootCause().hasMessageContaining("is published and cannot be changed");
	}

	@Test
	void the_triggers_stop_even_the_owner_of_the_tables() {
		TestDatabase.asOwnerRolledBack((owner) -> assertThatThrownBy(() -> owner.update(ORGANISATION_RESULT)
			.set(ORGANISATION_RESULT.FINAL_SEGMENT, (short) 1)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(published))
			.execute()).rootCause().hasMessageContaining("cannot be changed"));
		TestDatabase.asOwnerRolledBack((owner) -> assertThatThrownBy(
				() -> owner.deleteFrom(PUBLICATION).where(PUBLICATION.CALCULATION_ID.eq(published)).execute())
			.rootCause()
			.hasMessageContaining("immutable"));
	}

	@Test
	void listens_for_changes_to_public_data() {
		assertThatCode(() -> dsl.connection((connection) -> {
			DSLContext session = org.jooq.impl.DSL.using(connection, org.jooq.SQLDialect.POSTGRES);
			// LISTEN has no jOOQ DSL; the channel is a constant
			session.execute("listen {0}", name(PublicDataChangeListener.CHANNEL));
			session.execute("unlisten *");
		})).doesNotThrowAnyException();
	}

	@Test
	void every_table_and_view_is_listed_with_the_services_privileges() {
		assertThat(listedPrivileges()).extracting(Listed::table)
			.as("tables and views missing from db/migration/afterMigrate.sql")
			.containsAll(tables())
			.containsAll(dsl.resultQuery("select viewname::text from pg_views where schemaname = 'public'")
				.fetch(0, String.class));
	}

	@Test
	void a_privilege_granted_by_hand_is_taken_back_by_the_next_migrate() {
		TestDatabase.owner().grant(privilege("truncate")).on(AUDIT_EVENT).to(role(ServiceRole.NAME)).execute();
		assertThat(truncatesAuditEvents()).isTrue();

		flyway.migrate();

		assertThat(truncatesAuditEvents()).isFalse();
	}

	@Test
	void the_service_refuses_to_start_on_the_owners_connection() {
		assertThatCode(() -> new ServiceRoleCheck(dsl).afterPropertiesSet()).doesNotThrowAnyException();
		assertThatThrownBy(() -> new ServiceRoleCheck(TestDatabase.owner()).afterPropertiesSet())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is a superuser")
			.hasMessageContaining("spring.flyway.user");
	}

	@Test
	void the_service_refuses_to_start_as_a_member_of_the_owners_role_or_with_create_on_the_schema() {
		DSLContext owner = TestDatabase.owner();
		try {
			// role DDL has no jOOQ DSL; the names are constants
			owner.execute("create role {0} login password 'member' in role {1}", name("lt_check_member"),
					name(TestDatabase.connection().username()));
			owner.execute("create role {0} login password 'creator'", name("lt_check_creator"));
			owner.execute("grant create on schema public to {0}", name("lt_check_creator"));

			assertThatThrownBy(() -> new ServiceRoleCheck(as("lt_check_member", "member")).afterPropertiesSet())
				.hasMessageContaining("as lt_check_member, which owns tables of the schema");
			assertThatThrownBy(() -> new ServiceRoleCheck(as("lt_check_creator", "creator")).afterPropertiesSet())
				.hasMessageContaining("as lt_check_creator, which may create objects in the schema");
		}
		finally {
			owner.execute("drop owned by {0}", name("lt_check_creator"));
			owner.execute("drop role if exists {0}, {1}", name("lt_check_member"), name("lt_check_creator"));
		}
	}

	private static DSLContext as(String role, String password) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(TestDatabase.connection().jdbcUrl());
		dataSource.setUser(role);
		dataSource.setPassword(password);
		return org.jooq.impl.DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES);
	}

	private <T> int updateToItself(Table<?> table, Field<T> column) {
		return dsl.update(table).set(column, column).where(falseCondition()).execute();
	}

	private boolean truncatesAuditEvents() {
		return dsl.resultQuery("select has_table_privilege({0}, 'audit_event', 'TRUNCATE')", inline(ServiceRole.NAME))
			.fetchSingle(0, Boolean.class);
	}

	private List<String> tables() {
		return dsl.resultQuery("""
				select relname::text from pg_class
				where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')
				order by relname""").fetch(0, String.class);
	}

	private static List<Listed> listedPrivileges() {
		try {
			String script = new ClassPathResource("db/migration/afterMigrate.sql")
				.getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = LISTED.matcher(script);
			return matcher.results().map((match) -> new Listed(match.group(1), match.group(2))).toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private record Listed(String table, String privileges) {
	}

}
