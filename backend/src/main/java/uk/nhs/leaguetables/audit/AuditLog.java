package uk.nhs.leaguetables.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.impl.DSL;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.db.tables.records.AuditCheckpointRecord;
import uk.nhs.leaguetables.db.tables.records.AuditEventRecord;
import uk.nhs.leaguetables.platform.paging.Cursor;
import uk.nhs.leaguetables.platform.paging.InvalidCursorException;
import uk.nhs.leaguetables.platform.paging.Page;
import uk.nhs.leaguetables.platform.paging.PageRequest;

import static uk.nhs.leaguetables.db.Tables.AUDIT_CHECKPOINT;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.AUDIT_KEYING;
import static uk.nhs.leaguetables.db.Tables.AUDIT_SEAL;

/**
 * Appends to the audit log and reads it back. The database numbers and chains each entry
 * (trigger {@code audit_event_chain}) and rejects any later change, so writers cannot
 * skip or rewrite the chain; this class seals each entry with the current audit key (an
 * HMAC kept outside the database, {@code audit_seal}), and the database refuses to commit
 * an unsealed entry. Call it inside the transaction of the change it records: the entry
 * commits or rolls back with it.
 */
@Repository
public class AuditLog {

	private final DSLContext dsl;

	private final AuditKeys keys;

	AuditLog(DSLContext dsl, AuditKeys keys) {
		this.dsl = dsl;
		this.keys = keys;
	}

	/**
	 * Recomputes every entry's hash from its content (with the same canonical text as the
	 * chaining trigger), checks the links, the numbering and the seals, and compares
	 * every stored checkpoint with the log, in one pass over the log in order.
	 */
	public AuditChainVerification verifyChain() {
		Long firstKeyed = dsl.select(AUDIT_KEYING.FIRST_KEYED_EVENT_ID).from(AUDIT_KEYING).fetchOne(Record1::value1);
		if (firstKeyed == null) {
			return new AuditChainVerification(0, false, null,
					"The record of where keying began (table audit_keying) is missing: it was deleted", 0, 0, 0, true);
		}
		AuditChainVerifier verifier = new AuditChainVerifier(keys, firstKeyed, checkpoints());
		readChain(verifier::accept);
		return verifier.result();
	}

	/** Something that reads the log entry by entry; false stops the reading. */
	@FunctionalInterface
	interface EntryReader {

		boolean read(AuditEvent event, @Nullable AuditSeal seal);

	}

	/** Every entry with its seal (null for entries before keying), in chain order. */
	void readChain(EntryReader reader) {
		try (var entries = dsl.select(AUDIT_EVENT.asterisk(), AUDIT_SEAL.KEY_ID, AUDIT_SEAL.MAC)
			.from(AUDIT_EVENT)
			.leftJoin(AUDIT_SEAL)
			.on(AUDIT_SEAL.EVENT_ID.eq(AUDIT_EVENT.ID))
			.orderBy(AUDIT_EVENT.ID)
			.fetchSize(1000)
			.fetchLazy()) {
			for (var entry : entries) {
				AuditSeal seal = (entry.get(AUDIT_SEAL.KEY_ID) != null)
						? new AuditSeal(entry.get(AUDIT_SEAL.KEY_ID), entry.get(AUDIT_SEAL.MAC)) : null;
				if (!reader.read(event(entry.into(AUDIT_EVENT)), seal)) {
					return;
				}
			}
		}
	}

	/**
	 * Records the chain head now as a checkpoint MACed with the current key: at a
	 * publication (in its transaction, so the head is the publication's own entry) or for
	 * an auditor to keep.
	 */
	public AuditCheckpoint checkpoint(String createdBy, @Nullable Long publicationId, @Nullable String note) {
		var head = dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.HASH)
			.from(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchOptional()
			.orElseThrow(() -> new IllegalStateException("The audit log is empty: there is no head to checkpoint"));
		long firstKeyed = dsl.select(AUDIT_KEYING.FIRST_KEYED_EVENT_ID).from(AUDIT_KEYING).fetchSingle().value1();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String keyId = keys.currentKeyId();
		String mac = keys.checkpointMac(keyId, head.value1(), head.value2(), firstKeyed, now);
		return dsl.insertInto(AUDIT_CHECKPOINT)
			.set(AUDIT_CHECKPOINT.HEAD_EVENT_ID, head.value1())
			.set(AUDIT_CHECKPOINT.HEAD_HASH, head.value2())
			.set(AUDIT_CHECKPOINT.FIRST_KEYED_EVENT_ID, firstKeyed)
			.set(AUDIT_CHECKPOINT.CREATED_AT, now.atOffset(ZoneOffset.UTC))
			.set(AUDIT_CHECKPOINT.CREATED_BY, createdBy)
			.set(AUDIT_CHECKPOINT.KEY_ID, keyId)
			.set(AUDIT_CHECKPOINT.MAC, mac)
			.set(AUDIT_CHECKPOINT.PUBLICATION_ID, publicationId)
			.set(AUDIT_CHECKPOINT.NOTE, note)
			.returning()
			.fetchSingle(AuditLog::checkpoint);
	}

	/** Every stored checkpoint, newest first. */
	public List<AuditCheckpoint> checkpoints() {
		return dsl.selectFrom(AUDIT_CHECKPOINT).orderBy(AUDIT_CHECKPOINT.ID.desc()).fetch(AuditLog::checkpoint);
	}

	/** The checkpoints recorded at these publications' approval, by publication. */
	public Map<Long, AuditCheckpoint> publicationCheckpoints(Collection<Long> publicationIds) {
		return dsl.selectFrom(AUDIT_CHECKPOINT)
			.where(AUDIT_CHECKPOINT.PUBLICATION_ID.in(publicationIds))
			.fetchMap(AUDIT_CHECKPOINT.PUBLICATION_ID, AuditLog::checkpoint);
	}

	private static AuditCheckpoint checkpoint(AuditCheckpointRecord row) {
		return new AuditCheckpoint(row.getId(), row.getHeadEventId(), row.getHeadHash(), row.getFirstKeyedEventId(),
				row.getCreatedAt().toInstant(), row.getCreatedBy(), row.getKeyId(), row.getMac(),
				row.getPublicationId(), row.getNote());
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
			.fetch(AuditLog::event);
		return Page.fromOverfetched(rows, request, dsl.fetchCount(AUDIT_EVENT, where),
				(event) -> Cursor.of(String.valueOf(event.id())));
	}

	private static AuditEvent event(AuditEventRecord event) {
		return new AuditEvent(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
				event.getEntityType(), event.getEntityId(), event.getPeriodCode(),
				(event.getLeague() != null) ? event.getLeague().name() : null, event.getOrganisationCode(),
				(event.getBeforeState() != null) ? event.getBeforeState().data() : null,
				(event.getAfterState() != null) ? event.getAfterState().data() : null, event.getReason(),
				event.getPreviousHash(), event.getHash());
	}

	private static long parseId(String text, String cursor) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidCursorException(cursor);
		}
	}

	/**
	 * Appends an entry and seals it with the current key. Joins the caller's transaction;
	 * a caller without one (a sign-in failure listener) gets one, since the database
	 * refuses to commit the entry before its seal.
	 */
	@Transactional
	public void record(AuditEntry entry) {
		var chained = dsl.insertInto(AUDIT_EVENT)
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
			.returningResult(AUDIT_EVENT.ID, AUDIT_EVENT.HASH)
			.fetchSingle();
		String keyId = keys.currentKeyId();
		dsl.insertInto(AUDIT_SEAL)
			.set(AUDIT_SEAL.EVENT_ID, chained.value1())
			.set(AUDIT_SEAL.KEY_ID, keyId)
			.set(AUDIT_SEAL.MAC, keys.sealMac(keyId, chained.value1(), chained.value2()))
			.execute();
	}

}
