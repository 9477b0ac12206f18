package uk.nhs.leaguetables.progress;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.CalculationStatus;
import uk.nhs.leaguetables.db.enums.SubmissionStatus;
import uk.nhs.leaguetables.leaguetable.DraftTable;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.METRIC_VALUE;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION;

/**
 * Reads the progress of every league's quarters; each method is one SQL statement, the
 * counts are correlated subqueries rather than one query per quarter.
 */
@Repository
class ProgressRepository {

	private final DSLContext dsl;

	ProgressRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Every league of every quarter, oldest quarter first. */
	List<LeagueProgress> all() {
		var inLeague = ORGANISATION.LEAGUE.eq(PERIOD_LEAGUE.LEAGUE)
			.and(ORGANISATION.OPEN_DATE.isNull().or(ORGANISATION.OPEN_DATE.le(REPORTING_PERIOD.END_DATE)))
			.and(ORGANISATION.CLOSE_DATE.isNull().or(ORGANISATION.CLOSE_DATE.ge(REPORTING_PERIOD.START_DATE)));
		Field<Integer> organisations = field(selectCount().from(ORGANISATION).where(inLeague));
		Field<Integer> withData = field(select(countDistinct(METRIC_VALUE.ORGANISATION_CODE)).from(METRIC_VALUE)
			.join(SUBMISSION)
			.on(SUBMISSION.ID.eq(METRIC_VALUE.SUBMISSION_ID))
			.join(ORGANISATION)
			.on(ORGANISATION.CODE.eq(METRIC_VALUE.ORGANISATION_CODE))
			.where(METRIC_VALUE.PERIOD_CODE.eq(PERIOD_LEAGUE.PERIOD_CODE),
					SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED), inLeague));
		Field<Integer> waiting = field(selectCount().from(SUBMISSION)
			.where(SUBMISSION.PERIOD_CODE.eq(PERIOD_LEAGUE.PERIOD_CODE),
					SUBMISSION.STATUS.eq(SubmissionStatus.VALIDATED)));
		Field<Short> latestRevision = field(select(max(PUBLICATION.REVISION)).from(PUBLICATION)
			.where(PUBLICATION.PERIOD_CODE.eq(PERIOD_LEAGUE.PERIOD_CODE), PUBLICATION.LEAGUE.eq(PERIOD_LEAGUE.LEAGUE)));
		return dsl
			.select(PERIOD_LEAGUE.PERIOD_CODE, REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE,
					PERIOD_LEAGUE.LEAGUE, PERIOD_LEAGUE.STATUS, PERIOD_LEAGUE.STATUS_CHANGED_AT,
					PERIOD_LEAGUE.STATUS_CHANGED_BY, organisations.as("organisations"), withData.as("with_data"),
					waiting.as("waiting"), latestRevision.as("latest_revision"))
			.select(draftFields())
			.from(PERIOD_LEAGUE)
			.join(REPORTING_PERIOD)
			.on(REPORTING_PERIOD.CODE.eq(PERIOD_LEAGUE.PERIOD_CODE))
			.leftJoin(CALCULATION)
			.on(CALCULATION.PERIOD_CODE.eq(PERIOD_LEAGUE.PERIOD_CODE), CALCULATION.LEAGUE.eq(PERIOD_LEAGUE.LEAGUE),
					CALCULATION.STATUS.eq(CalculationStatus.DRAFT))
			.orderBy(REPORTING_PERIOD.START_DATE, PERIOD_LEAGUE.LEAGUE)
			.fetch((row) -> new LeagueProgress(row.get(PERIOD_LEAGUE.PERIOD_CODE), row.get(REPORTING_PERIOD.START_DATE),
					row.get(REPORTING_PERIOD.END_DATE), league(row.get(PERIOD_LEAGUE.LEAGUE)),
					DatabaseEnums.fromDatabase(row.get(PERIOD_LEAGUE.STATUS), PeriodStatus.class),
					row.get(PERIOD_LEAGUE.STATUS_CHANGED_AT), row.get(PERIOD_LEAGUE.STATUS_CHANGED_BY),
					row.get("organisations", Integer.class), row.get("with_data", Integer.class),
					row.get("waiting", Integer.class), row.get("latest_revision", Integer.class),
					(row.get(CALCULATION.ID) != null) ? toDraft(row) : null));
	}

	/** Names of the league's organisations without accepted values for the quarter. */
	List<String> organisationsWithoutData(String periodCode, League league) {
		var period = dsl.fetchSingle(REPORTING_PERIOD, REPORTING_PERIOD.CODE.eq(periodCode));
		return dsl.select(ORGANISATION.NAME)
			.from(ORGANISATION)
			.where(ORGANISATION.LEAGUE.eq(database(league)),
					ORGANISATION.OPEN_DATE.isNull().or(ORGANISATION.OPEN_DATE.le(period.getEndDate())),
					ORGANISATION.CLOSE_DATE.isNull().or(ORGANISATION.CLOSE_DATE.ge(period.getStartDate())),
					org.jooq.impl.DSL.notExists(select(METRIC_VALUE.ORGANISATION_CODE).from(METRIC_VALUE)
						.join(SUBMISSION)
						.on(SUBMISSION.ID.eq(METRIC_VALUE.SUBMISSION_ID))
						.where(METRIC_VALUE.PERIOD_CODE.eq(periodCode),
								METRIC_VALUE.ORGANISATION_CODE.eq(ORGANISATION.CODE),
								SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED))))
			.orderBy(ORGANISATION.NAME)
			.fetch(ORGANISATION.NAME);
	}

	private static List<Field<?>> draftFields() {
		return List.of(CALCULATION.ID, CALCULATION.PERIOD_CODE, CALCULATION.LEAGUE, CALCULATION.FRAMEWORK_CODE,
				CALCULATION.COMPUTED_BY, CALCULATION.COMPUTED_AT, CALCULATION.INPUT_DIGEST, CALCULATION.OUTPUT_DIGEST);
	}

	private static DraftTable toDraft(Record row) {
		return new DraftTable(row.get(CALCULATION.PERIOD_CODE), league(row.get(CALCULATION.LEAGUE)),
				row.get(CALCULATION.ID), row.get(CALCULATION.FRAMEWORK_CODE), row.get(CALCULATION.COMPUTED_BY),
				row.get(CALCULATION.COMPUTED_AT), row.get(CALCULATION.INPUT_DIGEST),
				row.get(CALCULATION.OUTPUT_DIGEST));
	}

	private static League league(uk.nhs.leaguetables.db.enums.League league) {
		return DatabaseEnums.fromDatabase(league, League.class);
	}

	private static uk.nhs.leaguetables.db.enums.League database(League league) {
		return DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class);
	}

}
