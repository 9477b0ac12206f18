package uk.nhs.leaguetables.submission.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** A financial-year quarter of the demo: 2024/25 Q1 is April to June 2024. */
record DemoPeriod(int financialYearStart, int quarter) {

	/**
	 * The quarters the real A&E, cancer, ambulance and sickness absence extracts cover.
	 */
	static final List<DemoPeriod> ALL = List.of(new DemoPeriod(2024, 1), new DemoPeriod(2024, 2),
			new DemoPeriod(2024, 3), new DemoPeriod(2024, 4), new DemoPeriod(2025, 1));

	/** As the upload format writes it, e.g. {@code 2024/25 Q1}. */
	String code() {
		return "%d/%02d Q%d".formatted(financialYearStart, (financialYearStart + 1) % 100, quarter);
	}

	String fileName() {
		return "submission-%d-%02d-Q%d.csv".formatted(financialYearStart, (financialYearStart + 1) % 100, quarter);
	}

	List<YearMonth> months() {
		YearMonth first = YearMonth.of(financialYearStart, 4).plusMonths(3L * (quarter - 1));
		return Stream.iterate(first, (month) -> month.plusMonths(1)).limit(3).toList();
	}

	DemoPeriod previous() {
		return (quarter == 1) ? new DemoPeriod(financialYearStart - 1, 4)
				: new DemoPeriod(financialYearStart, quarter - 1);
	}

	/** 0 for the first demo quarter, 1 for the next, and so on. */
	int quartersIntoDemo() {
		DemoPeriod first = ALL.getFirst();
		return 4 * (financialYearStart - first.financialYearStart) + (quarter - first.quarter);
	}

	/** 0 for the quarters of the first demo financial year, 1 for the next. */
	int yearsIntoDemo() {
		return financialYearStart - ALL.getFirst().financialYearStart;
	}

}
