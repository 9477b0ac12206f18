package uk.nhs.leaguetables.testsupport;

import java.time.LocalDate;

import org.jooq.DSLContext;

import uk.nhs.leaguetables.db.enums.League;

import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;

/**
 * Opens quarters that no seeded data uses (such as 2023/24), under NOF-2025/26, for tests
 * whose data must be committed and would otherwise collide with other tests' data.
 */
public final class TestPeriods {

	private TestPeriods() {
	}

	/**
	 * Opens the quarter, e.g. {@code 2023/24 Q1}, for the league, unless it is open
	 * already.
	 */
	public static void open(DSLContext dsl, String period, League league) {
		short financialYearStart = Short.parseShort(period.substring(0, 4));
		short quarter = Short.parseShort(period.substring(period.length() - 1));
		LocalDate start = LocalDate.of(financialYearStart, 4, 1).plusMonths(3L * (quarter - 1));
		dsl.insertInto(REPORTING_PERIOD)
			.set(REPORTING_PERIOD.CODE, period)
			.set(REPORTING_PERIOD.FINANCIAL_YEAR_START, financialYearStart)
			.set(REPORTING_PERIOD.QUARTER, quarter)
			.set(REPORTING_PERIOD.START_DATE, start)
			.set(REPORTING_PERIOD.END_DATE, start.plusMonths(3).minusDays(1))
			.set(REPORTING_PERIOD.FRAMEWORK_CODE, "NOF-2025/26")
			.onConflictDoNothing()
			.execute();
		dsl.insertInto(PERIOD_LEAGUE)
			.set(PERIOD_LEAGUE.PERIOD_CODE, period)
			.set(PERIOD_LEAGUE.LEAGUE, league)
			.onConflictDoNothing()
			.execute();
	}

}
