package uk.nhs.leaguetables.publication;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.SelectConditionStep;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.CalculationStatus;
import uk.nhs.leaguetables.db.tables.records.PeriodLeagueRecord;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;

/** The status of each period's league table, with a version for optimistic locking. */
@Repository
class PeriodRepository {

	private final DSLContext dsl;

	PeriodRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<PeriodState> find(String periodCode, League league) {
		return select(periodCode, league).fetchOptional(PeriodRepository::toState);
	}

	/**
	 * The status, which stays as read until the transaction ends: a step that would move
	 * it waits.
	 */
	Optional<PeriodState> findForShare(String periodCode, League league) {
		return select(periodCode, league).forShare().fetchOptional(PeriodRepository::toState);
	}

	private SelectConditionStep<PeriodLeagueRecord> select(String periodCode, League league) {
		return dsl.selectFrom(PERIOD_LEAGUE)
			.where(PERIOD_LEAGUE.PERIOD_CODE.eq(periodCode), PERIOD_LEAGUE.LEAGUE.eq(database(league)));
	}

	private static PeriodState toState(PeriodLeagueRecord row) {
		return new PeriodState(DatabaseEnums.fromDatabase(row.getStatus(), PeriodStatus.class), row.getVersion());
	}

	/**
	 * Moves the status on unless someone else moved it since it was read; returns whether
	 * it did.
	 */
	boolean update(String periodCode, League league, PeriodState from, PeriodStatus to, String actor) {
		return dsl.update(PERIOD_LEAGUE)
			.set(PERIOD_LEAGUE.STATUS, DatabaseEnums.toDatabase(to, uk.nhs.leaguetables.db.enums.PeriodStatus.class))
			.set(PERIOD_LEAGUE.VERSION, from.version() + 1)
			.set(PERIOD_LEAGUE.STATUS_CHANGED_AT, OffsetDateTime.now())
			.set(PERIOD_LEAGUE.STATUS_CHANGED_BY, actor)
			.where(PERIOD_LEAGUE.PERIOD_CODE.eq(periodCode), PERIOD_LEAGUE.LEAGUE.eq(database(league)),
					PERIOD_LEAGUE.VERSION.eq(from.version()))
			.execute() == 1;
	}

	int discardDrafts(String periodCode, League league, String actor, String reason) {
		return dsl.update(CALCULATION)
			.set(CALCULATION.STATUS, CalculationStatus.DISCARDED)
			.set(CALCULATION.DISCARDED_BY, actor)
			.set(CALCULATION.DISCARDED_AT, OffsetDateTime.now())
			.set(CALCULATION.DISCARD_REASON, reason)
			.where(CALCULATION.PERIOD_CODE.eq(periodCode), CALCULATION.LEAGUE.eq(database(league)),
					CALCULATION.STATUS.eq(CalculationStatus.DRAFT))
			.execute();
	}

	private static uk.nhs.leaguetables.db.enums.League database(League league) {
		return DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class);
	}

	/** The status as read, and the version that must still hold when it is changed. */
	record PeriodState(PeriodStatus status, int version) {
	}

}
