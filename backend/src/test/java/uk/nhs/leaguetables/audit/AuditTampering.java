package uk.nhs.leaguetables.audit;

import org.jooq.DSLContext;

/**
 * What an attacker who can write the database as its owner does to the audit log, for the
 * tests that show it is detected.
 */
final class AuditTampering {

	private AuditTampering() {
	}

	/**
	 * Changes an entry's reason with the append-only trigger switched off (as a superuser
	 * can), then recomputes its SHA-256 and every later one with the database's own
	 * canonical text, so that the hash chain is consistent again. Run it inside a
	 * transaction that is rolled back.
	 */
	static void rewriteAndRehashFrom(DSLContext owner, long id, String reason) {
		owner.execute("set local session_replication_role = replica");
		owner.execute("update audit_event set reason = {0} where id = {1}", reason, id);
		owner.execute(
				"""
						do $$
						declare
						    entry record;
						    previous text := coalesce((select hash from audit_event where id = %d - 1), repeat('0', 64));
						begin
						    for entry in select id from audit_event where id >= %d order by id loop
						        update audit_event set previous_hash = previous where audit_event.id = entry.id;
						        update audit_event e set hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
						            where e.id = entry.id returning e.hash into previous;
						    end loop;
						end $$"""
					.formatted(id, id));
	}

}
