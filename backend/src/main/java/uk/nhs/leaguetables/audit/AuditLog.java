package uk.nhs.leaguetables.audit;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.platform.paging.Cursor;
import uk.nhs.leaguetables.platform.paging.InvalidCursorException;
import uk.nhs.leaguetables.platform.paging.Page;
import uk.nhs.leaguetables.platform.paging.PageRequest;

import static uk.nhs.leaguetables.db.Tables.AUDIT_CHAIN_ENTRIES;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;

/**
 * Appends to the audit log. The database numbers and chains each entry (trigger
 * {@code audit_event_chain}) and rejects any later change, so writers cannot skip or
 * rewrite the chain. Call it inside the transaction of the change it records: the entry
 * commits or rolls back with it.
 */
@Repository
public class AuditLog {

	/** The "previous hash" of the first entry. */
	private static final String GENESIS = "0".repeat(64);

	private final DSLContext dsl;

	AuditLog(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Recomputes every entry's hash from its content (with the same canonical text as the
	 * chaining trigger) and checks the links and the numbering, in one pass over the log
	 * in order.
	 */
	public AuditChainVerification verifyChain() {
		String expectedPrevious = GENESIS;
		long expectedId = 1;
		long checked = 0;
		try (var entries = dsl.selectFrom(AUDIT_CHAIN_ENTRIES.call()).fetchSize(1000).fetchLazy()) {
			for (var entry : entries) {
				long id = entry.getId();
				checked++;
				if (id != expectedId) {
					return broken(checked, expectedId, "entry " + expectedId + " is missing (the next is " + id + ")");
				}
				if (!entry.getPreviousHash().equals(expectedPrevious)) {
					return broken(checked, id, "it does not link to the hash of entry " + (id - 1));
				}
				if (!entry.getHash().equals(entry.getRecomputedHash())) {
					return broken(checked, id, "its content no longer matches its hash");
				}
				expectedPrevious = entry.getHash();
				expectedId++;
			}
		}
		return new AuditChainVerification(checked, true, null, null);
	}

	private static AuditChainVerification broken(long checked, long entry, String problem) {
		return new AuditChainVerification(checked, false, entry, "Entry " + entry + ": " + problem);
	}

	/** Newest first, keyset-paginated on the entry number. */
	public Page<AuditEvent> find(AuditFilter filter, PageRequest request) {
		List<Condition> conditions = new ArrayList<>();
		if (filter.actor() != null) {
			conditions.add(AUDIT_EVENT.ACTOR.eq(filter.actor()));
		}
		if (filter.action() != null) {
			conditions.add(AUDIT_EVENT.ACTION.eq(filter.action()));
		}
		if (filter.entityId() != null) {
			conditions.add(AUDIT_EVENT.ENTITY_ID.eq(filter.entityId()));
		}
		if (filter.periodCode() != null) {
			conditions.add(AUDIT_EVENT.PERIOD_CODE.eq(filter.periodCode()));
		}
		if (filter.organisationCode() != null) {
			conditions.add(AUDIT_EVENT.ORGANISATION_CODE.eq(filter.organisationCode()));
		}
		if (filter.from() != null) {
			conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(filter.to()));
		}
		Condition where = DSL.and(conditions);
		Condition after = (request.after() != null)
				? AUDIT_EVENT.ID.lt(parseId(Cursor.decode(request.after(), 1).part(0), request.after()))
				: DSL.noCondition();
		List<AuditEvent> rows = dsl.selectFrom(AUDIT_EVENT)
			.where(where, after)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(request.first() + 1)
			.fetch((event) -> new AuditEvent(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
					event.getEntityType(), event.getEntityId(), event.getPeriodCode(),
					(event.getLeague() != null) ? event.getLeague().name() : null, event.getOrganisationCode(),
					(event.getBeforeState() != null) ? event.getBeforeState().data() : null,
					(event.getAfterState() != null) ? event.getAfterState().data() : null, event.getReason(),
					event.getPreviousHash(), event.getHash()));
		return Page.fromOverfetched(rows, request, dsl.fetchCount(AUDIT_EVENT, where),
				(event) -> Cursor.of(String.valueOf(event.id())));
	}

	private static long parseId(String text, String cursor) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidCursorException(cursor);
		}
	}

	public void record(AuditEntry entry) {
		dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.ACTOR, entry.actor())
			.set(AUDIT_EVENT.ACTION, entry.action())
			.set(AUDIT_EVENT.ENTITY_TYPE, entry.entityType())
			.set(AUDIT_EVENT.ENTITY_ID, entry.entityId())
			.set(AUDIT_EVENT.PERIOD_CODE, entry.periodCode())
			.set(AUDIT_EVENT.LEAGUE, (entry.league() != null) ? League.valueOf(entry.league()) : null)
			.set(AUDIT_EVENT.ORGANISATION_CODE, entry.organisationCode())
			.set(AUDIT_EVENT.BEFORE_STATE, (entry.beforeState() != null) ? JSONB.valueOf(entry.beforeState()) : null)
			.set(AUDIT_EVENT.AFTER_STATE, (entry.afterState() != null) ? JSONB.valueOf(entry.afterState()) : null)
			.set(AUDIT_EVENT.REASON, entry.reason())
			.execute();
	}

}
