package uk.nhs.leaguetables.platform.database;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the service's own connection could undo the database's
 * protections: as a superuser or a member of a role owning the tables it could switch the
 * immutability and audit triggers off, and with CREATE on the schema it could plant
 * objects of its own. A deployment that still connects as the owner learns so at once,
 * not after someone has used it.
 */
@Component
class ServiceRoleCheck implements InitializingBean {

	private final DSLContext dsl;

	ServiceRoleCheck(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public void afterPropertiesSet() {
		// PostgreSQL's catalogue has no generated jOOQ classes; a superuser is a member
		// of every role
		Record role = dsl.fetchSingle("""
				select current_user::text as name, rolsuper as superuser,
				       exists (select from pg_class c
				               where c.relnamespace = 'public'::regnamespace
				                 and pg_has_role(current_user, c.relowner, 'MEMBER')) as owner,
				       has_schema_privilege('public', 'CREATE') as creates
				from pg_roles where rolname = current_user""");
		String problem = role.get("superuser", Boolean.class) ? "is a superuser"
				: role.get("owner", Boolean.class) ? "owns tables of the schema (or may act as their owner)"
						: role.get("creates", Boolean.class) ? "may create objects in the schema" : null;
		if (problem != null) {
			throw new IllegalStateException(("The service connects to PostgreSQL as %s, which %s and could switch the "
					+ "immutability and audit triggers off. Connect as the role %s (spring.datasource.username and "
					+ "password) and migrate as the owner (spring.flyway.user and password); see the README, "
					+ "\"Where the data lives\".")
				.formatted(role.get("name", String.class), problem, ServiceRole.NAME));
		}
	}

}
