package uk.nhs.leaguetables.demo;

import java.time.LocalDate;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

/** Opens the extra quarters the demo data covers. */
@Repository
class DemoPeriodRepository {

	private final DSLContext dsl;

	DemoPeriodRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	boolean hasCalculation(String periodCode, League league) {
		return dsl.fetchExists(CALCULATION, CALCULATION.PERIOD_CODE.eq(periodCode),
				CALCULATION.LEAGUE.eq(DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class)));
	}

	/** Opens a quarter, with every league of the framework, unless it exists. */
	void open(String periodCode, short financialYearStart, short quarter, String frameworkCode) {
		LocalDate start = LocalDate.of(financialYearStart, 4, 1).plusMonths(3L * (quarter - 1));
		dsl.insertInto(REPORTING_PERIOD)
			.set(REPORTING_PERIOD.CODE, periodCode)
			.set(REPORTING_PERIOD.FINANCIAL_YEAR_START, financialYearStart)
			.set(REPORTING_PERIOD.QUARTER, quarter)
			.set(REPORTING_PERIOD.START_DATE, start)
			.set(REPORTING_PERIOD.END_DATE, start.plusMonths(3).minusDays(1))
			.set(REPORTING_PERIOD.FRAMEWORK_CODE, frameworkCode)
			.onConflictDoNothing()
			.execute();
		dsl.insertInto(PERIOD_LEAGUE, PERIOD_LEAGUE.PERIOD_CODE, PERIOD_LEAGUE.LEAGUE)
			.select(select(inline(periodCode), FRAMEWORK_LEAGUE.LEAGUE).from(FRAMEWORK_LEAGUE)
				.where(FRAMEWORK_LEAGUE.FRAMEWORK_CODE.eq(frameworkCode)))
			.onConflictDoNothing()
			.execute();
	}

}
