package uk.nhs.leaguetables.audit;

import org.jooq.DSLContext;
import org.jooq.JSONB;

import org.springframework.stereotype.Repository;

import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;

/**
 * Appends to the audit log. The database numbers and chains each entry (trigger
 * {@code audit_event_chain}) and rejects any later change, so writers cannot skip or
 * rewrite the chain. Call it inside the transaction of the change it records: the entry
 * commits or rolls back with it.
 */
@Repository
public class AuditLog {

	private final DSLContext dsl;

	AuditLog(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void record(AuditEntry entry) {
		dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.ACTOR, entry.actor())
			.set(AUDIT_EVENT.ACTION, entry.action())
			.set(AUDIT_EVENT.ENTITY_TYPE, entry.entityType())
			.set(AUDIT_EVENT.ENTITY_ID, entry.entityId())
			.set(AUDIT_EVENT.AFTER_STATE, (entry.afterState() != null) ? JSONB.valueOf(entry.afterState()) : null)
			.set(AUDIT_EVENT.REASON, entry.reason())
			.execute();
	}

}
