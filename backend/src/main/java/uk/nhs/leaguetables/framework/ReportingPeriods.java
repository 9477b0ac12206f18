package uk.nhs.leaguetables.framework;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;

/**
 * Opens a reporting period under a framework version, with every league of the version
 * OPEN, as the framework loader opens a version's own quarters: for quarters outside a
 * version's financial year (the demo's 2024/25 history) and quarters an import needs.
 */
@Repository
public class ReportingPeriods {

	private final DSLContext dsl;

	ReportingPeriods(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Opens the quarter, e.g. {@code 2024/25 Q3}, unless it exists.
	 * @param actor who opened it, recorded on its leagues; {@code null} for the system
	 * @return whether it was opened now
	 */
	public boolean openIfMissing(String periodCode, String frameworkCode, @Nullable String actor) {
		short financialYearStart = Short.parseShort(periodCode.substring(0, 4));
		short quarter = Short.parseShort(periodCode.substring(periodCode.length() - 1));
		LocalDate start = LocalDate.of(financialYearStart, 4, 1).plusMonths(3L * (quarter - 1));
		boolean opened = dsl.insertInto(REPORTING_PERIOD)
			.set(REPORTING_PERIOD.CODE, periodCode)
			.set(REPORTING_PERIOD.FINANCIAL_YEAR_START, financialYearStart)
			.set(REPORTING_PERIOD.QUARTER, quarter)
			.set(REPORTING_PERIOD.START_DATE, start)
			.set(REPORTING_PERIOD.END_DATE, start.plusMonths(3).minusDays(1))
			.set(REPORTING_PERIOD.FRAMEWORK_CODE, frameworkCode)
			.onConflictDoNothing()
			.execute() == 1;
		dsl.insertInto(PERIOD_LEAGUE, PERIOD_LEAGUE.PERIOD_CODE, PERIOD_LEAGUE.LEAGUE, PERIOD_LEAGUE.STATUS_CHANGED_BY)
			.select(select(inline(periodCode), FRAMEWORK_LEAGUE.LEAGUE, inline(actor)).from(FRAMEWORK_LEAGUE)
				.where(FRAMEWORK_LEAGUE.FRAMEWORK_CODE.eq(frameworkCode)))
			.onConflictDoNothing()
			.execute();
		return opened;
	}

}
