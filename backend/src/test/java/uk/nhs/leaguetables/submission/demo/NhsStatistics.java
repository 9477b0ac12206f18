package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

import uk.nhs.leaguetables.submission.demo.RealMetric.Presentation;

/**
 * Reads the real NHS England and NHS Digital statistics in the shared data folder (see
 * its {@code SOURCES.md}) into the metrics they measure. Rows are matched to trusts by
 * the organisation code the file gives; rows of other organisations (independent sector,
 * ICBs, England and region totals) never match a trust and are ignored.
 */
final class NhsStatistics {

	private static final String AE_FILE = "nhse_ae_monthly_by_provider_2024-04_to_2025-07.csv";

	private static final String CANCER_FILE = "nhse_cancer_waiting_times_by_provider_2024-04_to_2025-07.csv";

	private static final String AMBULANCE_FILE = "nhse_ambsys_ambulance_response_times_monthly_2017-08_to_2025-08.csv";

	private static final String SICKNESS_FILE = "nhs_sickness_absence_by_org_monthly_2024-04_to_2025-03.csv";

	private static final String AE_SOURCE = "NHS England A&E sitrep";

	private static final String CANCER_SOURCE = "NHS England cancer waiting times";

	private static final String AMBULANCE_SOURCE = "NHS England AmbSYS";

	private static final String SICKNESS_SOURCE = "NHS Digital sickness absence";

	/**
	 * All A&E types, booked appointments included, as NHS England's headline 4-hour
	 * figure counts them.
	 */
	private static final List<String> AE_ATTENDANCES = List.of("A&E attendances Type 1", "A&E attendances Type 2",
			"A&E attendances Other A&E Department", "A&E attendances Booked Appointments Type 1",
			"A&E attendances Booked Appointments Type 2", "A&E attendances Booked Appointments Other Department");

	private static final List<String> AE_OVER_FOUR_HOURS = List.of("Attendances over 4hrs Type 1",
			"Attendances over 4hrs Type 2", "Attendances over 4hrs Other Department",
			"Attendances over 4hrs Booked Appointments Type 1", "Attendances over 4hrs Booked Appointments Type 2",
			"Attendances over 4hrs Booked Appointments Other Department");

	/**
	 * ALL ROUTES is the sum of the other stage/route rows of a standard: the only one not
	 * double counted.
	 */
	private static final String CANCER_ALL_ROUTES = "ALL ROUTES";

	private static final DateTimeFormatter SICKNESS_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * The precision of the sickness file; a few of its values carry float artefacts
	 * (7434.5279199999995).
	 */
	private static final int FTE_DAYS_SCALE = 5;

	private NhsStatistics() {
	}

	/** The real metrics, keyed by metric id. */
	static Map<String, RealMetric> read(Path sharedDataDir) {
		List<CSVRecord> ae = aeMonthRows(sharedDataDir);
		List<CSVRecord> cancer = DemoCsv.read(sharedDataDir.resolve(CANCER_FILE));
		List<CSVRecord> ambulance = ambulanceTrustRows(sharedDataDir);
		List<RealMetric> metrics = List
			.of(aeFourHours(ae), aeTwelveHoursProxy(ae),
					cancer(cancer, "OF0010", "28-day FDS", "patients told their diagnosis"),
					cancer(cancer, "OF0011", "62-day Combined", "patients treated"),
					cancer(cancer, "OF0903", "31-day Combined", "patients treated"),
					ambulance(ambulance, "OF0901", "c1_total_secs", "c1_count", "Category 1 incidents"),
					ambulance(ambulance, "OF0017", "c2_total_secs", "c2_count", "Category 2 incidents"),
					ambulance(ambulance, "OF0902", "handover_total_secs", "handovers_time_known",
							"handovers with a known time"),
					sickness(DemoCsv.read(sharedDataDir.resolve(SICKNESS_FILE))));
		return metrics.stream().collect(Collectors.toMap(RealMetric::metricId, Function.identity()));
	}

	/** OF0013: (attendances - attendances over 4 hours) / attendances. */
	private static RealMetric aeFourHours(List<CSVRecord> aeRows) {
		MonthlyRatios data = new MonthlyRatios();
		for (CSVRecord row : aeRows) {
			BigDecimal attendances = sum(row, AE_ATTENDANCES);
			BigDecimal overFourHours = sum(row, AE_OVER_FOUR_HOURS);
			data.add(row.get("Org Code"), aeMonth(row), new Ratio(attendances.subtract(overFourHours), attendances));
		}
		return new RealMetric("OF0013", AE_SOURCE, "A&E attendances", Presentation.COUNTS, null, data);
	}

	/**
	 * OF0014 proxy: NHS England measures 12 hours from arrival for all attendances, which
	 * the monthly sitrep does not publish; it does publish 12-hour waits from decision to
	 * admit.
	 */
	private static RealMetric aeTwelveHoursProxy(List<CSVRecord> aeRows) {
		MonthlyRatios data = new MonthlyRatios();
		for (CSVRecord row : aeRows) {
			data.add(row.get("Org Code"), aeMonth(row),
					new Ratio(number(row, "Patients who have waited 12+ hrs from DTA to admission"),
							number(row, "Emergency admissions via A&E - Type 1")));
		}
		return new RealMetric("OF0014", AE_SOURCE, "type 1 emergency admissions", Presentation.COUNTS,
				"12+ hour waits from decision to admit per 100 type 1 emergency admissions", data);
	}

	/** Without the England total rows ("TOTAL" or "Total"), which carry no month. */
	private static List<CSVRecord> aeMonthRows(Path dir) {
		return DemoCsv.read(dir.resolve(AE_FILE))
			.stream()
			.filter((row) -> !row.get("Period").equalsIgnoreCase("total"))
			.toList();
	}

	/** "MSitAE-APRIL-2024" is April 2024. */
	private static YearMonth aeMonth(CSVRecord row) {
		String[] parts = row.get("Period").split("-");
		return YearMonth.of(Integer.parseInt(parts[2]), Month.valueOf(parts[1]));
	}

	/**
	 * Within the standard / all treated (half patients are real: shared care is split).
	 */
	private static RealMetric cancer(List<CSVRecord> cancerRows, String metricId, String standard, String activity) {
		MonthlyRatios data = new MonthlyRatios();
		cancerRows.stream()
			.filter((row) -> row.get("standard").equals(standard) && row.get("stage_route").equals(CANCER_ALL_ROUTES))
			.forEach((row) -> data.add(row.get("org_code"), YearMonth.parse(row.get("period")),
					new Ratio(number(row, "within_standard"), number(row, "total_treated"))));
		return new RealMetric(metricId, CANCER_SOURCE + " (" + standard + ")", activity, Presentation.COUNTS, null,
				data);
	}

	/** The file also holds region and England rows. */
	private static List<CSVRecord> ambulanceTrustRows(Path dir) {
		return DemoCsv.read(dir.resolve(AMBULANCE_FILE))
			.stream()
			.filter((row) -> row.get("level").equals("trust"))
			.toList();
	}

	/**
	 * A mean time: total seconds / count. Months without the measure are skipped: blank
	 * before it was collected, "-" where AmbSYS marks it not available.
	 */
	private static RealMetric ambulance(List<CSVRecord> trustRows, String metricId, String totalSecondsColumn,
			String countColumn, String activity) {
		MonthlyRatios data = new MonthlyRatios();
		trustRows.stream()
			.filter((row) -> !row.get(countColumn).isBlank() && !row.get(countColumn).equals("-"))
			.forEach((row) -> data.add(row.get("org_or_area_code"), YearMonth.parse(row.get("period")),
					new Ratio(number(row, totalSecondsColumn), number(row, countColumn))));
		return new RealMetric(metricId, AMBULANCE_SOURCE, activity, Presentation.MEAN_MINUTES_FROM_SECONDS, null, data);
	}

	/** OF0082: FTE days lost / FTE days available. */
	private static RealMetric sickness(List<CSVRecord> sicknessRows) {
		MonthlyRatios data = new MonthlyRatios();
		for (CSVRecord row : sicknessRows) {
			YearMonth month = YearMonth.from(LocalDate.parse(row.get("DATE"), SICKNESS_DATE));
			data.add(row.get("ORG_CODE"), month,
					new Ratio(fteDays(row, "FTE_DAYS_LOST"), fteDays(row, "FTE_DAYS_AVAILABLE")));
		}
		return new RealMetric("OF0082", SICKNESS_SOURCE, "FTE days available", Presentation.COUNTS, null, data);
	}

	private static BigDecimal fteDays(CSVRecord row, String column) {
		return number(row, column).setScale(FTE_DAYS_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal sum(CSVRecord row, List<String> columns) {
		return columns.stream().map((column) -> number(row, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal number(CSVRecord row, String column) {
		return new BigDecimal(row.get(column));
	}

}
