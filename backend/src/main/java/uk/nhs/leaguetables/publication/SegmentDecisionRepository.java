package uk.nhs.leaguetables.publication;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.noCondition;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.SEGMENT_DECISION;

/** Segment decisions, each with the league of its organisation. */
@Repository
class SegmentDecisionRepository {

	private final DSLContext dsl;

	SegmentDecisionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The league of an organisation, when it exists and is in one. */
	Optional<League> leagueOf(String organisationCode) {
		return dsl.select(ORGANISATION.LEAGUE)
			.from(ORGANISATION)
			.where(ORGANISATION.CODE.eq(organisationCode), ORGANISATION.LEAGUE.isNotNull())
			.fetchOptional((row) -> DatabaseEnums.fromDatabase(row.value1(), League.class));
	}

	Optional<SegmentDecision> activeForUpdate(String periodCode, String organisationCode, SegmentDecisionKind kind) {
		return select()
			.where(SEGMENT_DECISION.PERIOD_CODE.eq(periodCode), SEGMENT_DECISION.ORGANISATION_CODE.eq(organisationCode),
					SEGMENT_DECISION.KIND.eq(database(kind)), SEGMENT_DECISION.WITHDRAWN_AT.isNull())
			.forUpdate()
			.of(SEGMENT_DECISION)
			.fetchOptional(SegmentDecisionRepository::toDecision);
	}

	Optional<SegmentDecision> findForUpdate(long id) {
		return select().where(SEGMENT_DECISION.ID.eq(id))
			.forUpdate()
			.of(SEGMENT_DECISION)
			.fetchOptional(SegmentDecisionRepository::toDecision);
	}

	long insert(String periodCode, String organisationCode, SegmentDecisionKind kind, int segment, String justification,
			String decidedBy) {
		return dsl.insertInto(SEGMENT_DECISION)
			.set(SEGMENT_DECISION.PERIOD_CODE, periodCode)
			.set(SEGMENT_DECISION.ORGANISATION_CODE, organisationCode)
			.set(SEGMENT_DECISION.KIND, database(kind))
			.set(SEGMENT_DECISION.SEGMENT, (short) segment)
			.set(SEGMENT_DECISION.JUSTIFICATION, justification)
			.set(SEGMENT_DECISION.DECIDED_BY, decidedBy)
			.returning(SEGMENT_DECISION.ID)
			.fetchSingle()
			.getId();
	}

	void withdraw(long id, String withdrawnBy) {
		dsl.update(SEGMENT_DECISION)
			.set(SEGMENT_DECISION.WITHDRAWN_BY, withdrawnBy)
			.set(SEGMENT_DECISION.WITHDRAWN_AT, currentOffsetDateTime())
			.where(SEGMENT_DECISION.ID.eq(id))
			.execute();
	}

	Optional<SegmentDecision> find(long id) {
		return select().where(SEGMENT_DECISION.ID.eq(id)).fetchOptional(SegmentDecisionRepository::toDecision);
	}

	/** A quarter's decisions for one league, by organisation and then newest first. */
	List<SegmentDecision> list(String periodCode, League league, boolean includeWithdrawn) {
		Condition active = includeWithdrawn ? noCondition() : SEGMENT_DECISION.WITHDRAWN_AT.isNull();
		return select()
			.where(SEGMENT_DECISION.PERIOD_CODE.eq(periodCode),
					ORGANISATION.LEAGUE.eq(DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class)),
					active)
			.orderBy(SEGMENT_DECISION.ORGANISATION_CODE, SEGMENT_DECISION.DECIDED_AT.desc())
			.fetch(SegmentDecisionRepository::toDecision);
	}

	private SelectOnConditionStep<Record> select() {
		return dsl.select(SEGMENT_DECISION.fields())
			.select(ORGANISATION.LEAGUE)
			.from(SEGMENT_DECISION)
			.join(ORGANISATION)
			.on(ORGANISATION.CODE.eq(SEGMENT_DECISION.ORGANISATION_CODE));
	}

	private static SegmentDecision toDecision(Record row) {
		return new SegmentDecision(row.get(SEGMENT_DECISION.ID), row.get(SEGMENT_DECISION.PERIOD_CODE),
				row.get(SEGMENT_DECISION.ORGANISATION_CODE),
				DatabaseEnums.fromDatabase(row.get(ORGANISATION.LEAGUE), League.class),
				DatabaseEnums.fromDatabase(row.get(SEGMENT_DECISION.KIND), SegmentDecisionKind.class),
				row.get(SEGMENT_DECISION.SEGMENT), row.get(SEGMENT_DECISION.JUSTIFICATION),
				row.get(SEGMENT_DECISION.DECIDED_BY), row.get(SEGMENT_DECISION.DECIDED_AT),
				row.get(SEGMENT_DECISION.WITHDRAWN_BY), row.get(SEGMENT_DECISION.WITHDRAWN_AT));
	}

	private static uk.nhs.leaguetables.db.enums.SegmentDecisionKind database(SegmentDecisionKind kind) {
		return DatabaseEnums.toDatabase(kind, uk.nhs.leaguetables.db.enums.SegmentDecisionKind.class);
	}

}
