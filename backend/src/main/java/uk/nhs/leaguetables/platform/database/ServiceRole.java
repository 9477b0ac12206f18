package uk.nhs.leaguetables.platform.database;

import java.security.SecureRandom;
import java.util.Base64;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

/**
 * The PostgreSQL role the service connects as. It owns nothing: the migrations run as the
 * schema's owner, and the Flyway callback {@code db/migration/afterMigrate.sql} grants
 * this role exactly what the service needs after every migrate, so the service's own
 * connection can neither switch the immutability and audit triggers off nor change
 * append-only rows.
 */
public final class ServiceRole {

	/** The role's name, as {@code afterMigrate.sql} spells it. */
	public static final String NAME = "league_tables_app";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ServiceRole() {
	}

	/**
	 * Creates the role if it is missing and lets it log in with {@code password}: for
	 * servers this service provisions itself (the embedded one, the tests'), through a
	 * connection of a superuser or a role with CREATEROLE.
	 */
	public static void provision(DataSource administrator, String password) {
		DSLContext dsl = DSL.using(administrator, SQLDialect.POSTGRES);
		// role DDL has no jOOQ DSL; the name is a constant and the password an inlined
		// literal
		dsl.execute("""
				do $$ begin
				    if not exists (select from pg_roles where rolname = {0}) then create role {1}; end if;
				end $$""", inline(NAME), name(NAME));
		dsl.execute("alter role {0} login password {1}", name(NAME), inline(password));
	}

	/** A password for a role nobody types in: 32 random bytes. */
	public static String generatedPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
