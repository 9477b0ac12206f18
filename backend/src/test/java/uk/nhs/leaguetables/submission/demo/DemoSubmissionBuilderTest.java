package uk.nhs.leaguetables.submission.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.leaguetables.organisation.League;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed demo submission files ({@code db/seed/demo}): reproducible from the
 * shared NHS data, complete, valid for the upload format, and honest about what is
 * synthetic.
 */
class DemoSubmissionBuilderTest {

	private static final Path REPO_ROOT = repoRoot();

	private static final Path DEMO_DIR = REPO_ROOT.resolve("db/seed/demo");

	private static final Path FRAMEWORK_DIR = REPO_ROOT.resolve("db/seed/framework");

	/** CI checks the clone out beside a read-only {@code shared} folder. */
	private static final List<Path> SHARED_DATA_DIRS = List.of(REPO_ROOT.resolve("../shared/data/nhs").normalize(),
			Path.of("/work/shared/data/nhs"));

	private static final Set<String> REAL_METRICS = Set.of("OF0010", "OF0011", "OF0013", "OF0014", "OF0017", "OF0082",
			"OF0901", "OF0902", "OF0903");

	private static final Map<String, Metric> CATALOGUE = Metric.readCatalogue(FRAMEWORK_DIR);

	@Test
	void rebuilding_from_the_shared_nhs_data_gives_the_committed_files(@TempDir Path output) throws IOException {
		Optional<Path> sharedData = SHARED_DATA_DIRS.stream().filter(Files::isDirectory).findFirst();
		assumeTrue(sharedData.isPresent(), "no shared NHS data folder beside the repository");

		DemoSubmissionBuilder
			.main(new String[] { sharedData.get().toString(), FRAMEWORK_DIR.toString(), output.toString() });

		for (DemoPeriod period : DemoPeriod.ALL) {
			assertThat(output.resolve(period.fileName())).hasSameBinaryContentAs(DEMO_DIR.resolve(period.fileName()));
		}
	}

	@Test
	void every_file_starts_with_the_upload_header() throws IOException {
		for (DemoPeriod period : DemoPeriod.ALL) {
			String firstLine = Files.readAllLines(DEMO_DIR.resolve(period.fileName()), StandardCharsets.UTF_8)
				.getFirst();
			assertThat(firstLine).isEqualTo("period,organisation_code,metric_id,value,numerator,denominator,category,"
					+ "score,status,comment");
		}
	}

	@Test
	void one_row_per_trust_and_metric_of_its_league() {
		Map<String, League> leagueByTrust = leagueByTrust();
		Map<String, java.time.LocalDate> openDates = openDates();
		for (DemoPeriod period : DemoPeriod.ALL) {
			Set<String> expected = new HashSet<>();
			// a trust formed by a merger (G6V2S, 1 November 2024) has no rows before the
			// quarter it opened in
			leagueByTrust.forEach((trust, league) -> CATALOGUE.values()
				.stream()
				.filter((metric) -> metric.leagues().contains(league))
				.filter((metric) -> !openDates.get(trust).isAfter(period.months().getLast().atEndOfMonth()))
				.forEach((metric) -> expected.add(trust + "/" + metric.id())));
			List<CSVRecord> rows = rows(period);
			List<String> keys = rows.stream()
				.map((row) -> row.get("organisation_code") + "/" + row.get("metric_id"))
				.toList();
			assertThat(rows).allSatisfy((row) -> assertThat(row.get("period")).isEqualTo(period.code()));
			assertThat(keys).doesNotHaveDuplicates();
			assertThat(keys.stream().filter((key) -> !key.endsWith("/" + DemoSubmissionBuilder.DEFICIT_SUPPORT)))
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void exactly_the_trusts_planning_a_deficit_receive_synthetic_deficit_support() {
		for (DemoPeriod period : DemoPeriod.ALL) {
			List<CSVRecord> rows = rows(period);
			Set<String> planningDeficit = new HashSet<>();
			rows.stream()
				.filter((row) -> row.get("metric_id").equals("OF0079") && row.get("value").startsWith("-"))
				.forEach((row) -> planningDeficit.add(row.get("organisation_code")));
			List<CSVRecord> flags = rows.stream()
				.filter((row) -> row.get("metric_id").equals(DemoSubmissionBuilder.DEFICIT_SUPPORT))
				.toList();
			assertThat(planningDeficit).isNotEmpty();
			assertThat(flags).extracting((row) -> row.get("organisation_code"))
				.containsExactlyInAnyOrderElementsOf(planningDeficit);
			assertThat(flags).allSatisfy((row) -> {
				assertThat(row.get("value")).isEqualTo("1");
				assertThat(row.get("comment")).startsWith("SYNTHETIC:");
			});
		}
	}

	@Test
	void every_row_gives_one_kind_of_value_or_a_status_and_values_lie_in_the_valid_range() {
		for (CSVRecord row : allRows()) {
			Metric metric = CATALOGUE.get(row.get("metric_id"));
			List<String> given = Stream.of("value", "numerator", "category", "score")
				.filter((column) -> !row.get(column).isEmpty())
				.toList();
			assertThat(row.get("denominator").isEmpty()).as("a ratio needs both parts: %s", row)
				.isEqualTo(row.get("numerator").isEmpty());
			if (row.get("metric_id").equals(DemoSubmissionBuilder.DEFICIT_SUPPORT)) {
				assertThat(given).as("value columns of %s", row).containsExactly("value");
				assertThat(row.get("value")).isIn("0", "1");
			}
			else if (row.get("status").isEmpty()) {
				assertThat(given).as("value columns of %s", row).hasSize(1);
				assertValid(row, metric);
			}
			else {
				assertThat(row.get("status")).isIn("NOT_APPLICABLE", "NOT_SUBMITTED");
				assertThat(given).as("value columns of %s", row).isEmpty();
			}
		}
	}

	private static void assertValid(CSVRecord row, Metric metric) {
		if (!row.get("category").isEmpty()) {
			assertThat(row.get("category")).isIn(metric.categories());
		}
		else if (!row.get("score").isEmpty()) {
			assertThat(metric.scoringMethod()).isEqualTo("MANUAL");
			assertThat(new BigDecimal(row.get("score"))).isBetween(BigDecimal.ONE, BigDecimal.valueOf(4));
		}
		else {
			assertThat(value(row, metric)).as("value of %s", row).isBetween(metric.validMin(), metric.validMax());
		}
	}

	/** As the service computes it: numerator / denominator x the ratio multiplier. */
	private static BigDecimal value(CSVRecord row, Metric metric) {
		if (!row.get("value").isEmpty()) {
			return new BigDecimal(row.get("value"));
		}
		BigDecimal denominator = new BigDecimal(row.get("denominator"));
		assertThat(denominator).isPositive();
		return new BigDecimal(row.get("numerator")).multiply(metric.ratioMultiplier())
			.divide(denominator, MathContext.DECIMAL64);
	}

	@Test
	void synthetic_rows_say_so_and_real_rows_name_their_source() {
		for (CSVRecord row : allRows()) {
			if (REAL_METRICS.contains(row.get("metric_id"))) {
				assertThat(row.get("comment")).doesNotContain("SYNTHETIC").containsPattern("NHS (England|Digital)");
			}
			else {
				assertThat(row.get("comment")).startsWith("SYNTHETIC: ");
			}
		}
	}

	@Test
	void rtt_values_are_anchored_on_the_april_2026_position() {
		assertThat(allRows()).filteredOn((row) -> Set.of("OF0003", "OF0023").contains(row.get("metric_id")))
			.extracting((row) -> row.get("comment"))
			.containsOnly("SYNTHETIC: anchored on the trust's April 2026 RTT position",
					"SYNTHETIC: no April 2026 RTT position for this trust; anchored on the median acute trust's");
	}

	@Test
	void annual_metrics_hold_their_value_through_the_financial_year() {
		List<DemoPeriod> year = DemoPeriod.ALL.stream()
			.filter((period) -> period.financialYearStart() == 2024)
			.toList();
		Set<String> annual = CATALOGUE.values()
			.stream()
			.filter((metric) -> metric.basis() == Metric.Basis.ANNUAL)
			.map(Metric::id)
			.collect(Collectors.toSet());
		Map<String, Set<String>> valuesByKey = new HashMap<>();
		for (DemoPeriod period : year) {
			rows(period).stream()
				.filter((row) -> annual.contains(row.get("metric_id")))
				.forEach((row) -> valuesByKey
					.computeIfAbsent(row.get("organisation_code") + "/" + row.get("metric_id"),
							(key) -> new HashSet<>())
					.add(row.get("value") + row.get("category")));
		}
		assertThat(valuesByKey).isNotEmpty().allSatisfy((key, values) -> assertThat(values).hasSize(1));
	}

	@Test
	void about_one_trust_in_five_plans_a_deficit_so_the_financial_override_shows() {
		for (DemoPeriod period : DemoPeriod.ALL) {
			List<BigDecimal> plans = rows(period).stream()
				.filter((row) -> row.get("metric_id").equals("OF0079"))
				.map((row) -> new BigDecimal(row.get("value")))
				.toList();
			long deficits = plans.stream().filter((plan) -> plan.signum() < 0).count();
			assertThat((double) deficits / plans.size()).isBetween(0.15, 0.25);
		}
	}

	/**
	 * Figures worked out by hand from the source files in {@code ../shared/data/nhs}.
	 */
	@Test
	void spot_checks_against_the_source_files() {
		DemoPeriod q1 = new DemoPeriod(2024, 1);
		DemoPeriod q1NextYear = new DemoPeriod(2025, 1);

		// A&E sitrep, RJ1 (Guy's and St Thomas'), all six attendance and over-4-hours
		// columns:
		// Apr-24: 10365 + 767 + 6320 = 17452 attendances, 4172 + 0 + 248 = 4420 over 4
		// hours
		// May-24: 11226 + 765 + 6841 = 18832 attendances, 4645 + 6 + 367 = 5018 over 4
		// hours
		// Jun-24: 10382 + 739 + 6688 = 17809 attendances, 4003 + 0 + 264 = 4267 over 4
		// hours
		// (no booked appointments); 54093 attendances, 13705 over 4 hours: 40388 / 54093
		// = 74.66%
		assertRatio(row(q1, "RJ1", "OF0013"), "40388", "54093");

		// 12-hour proxy, RJ1: 12+ hour DTA waits 34 + 39 + 72 = 145;
		// type 1 emergency admissions 2090 + 2152 + 2114 = 6356 (2.28%)
		assertRatio(row(q1, "RJ1", "OF0014"), "145", "6356");

		// Cancer 62-day combined, ALL ROUTES, RJ1: within 110.5 + 107.5 + 118 = 336;
		// treated 274.5 + 249 + 240 = 763.5 (44.01%)
		assertRatio(row(q1, "RJ1", "OF0011"), "336", "763.5");

		// AmbSYS C2, RRU (London Ambulance Service): 108926988 + 118941236 + 130414415
		// = 358282639 seconds over 52078 + 55481 + 54703 = 162262 incidents
		// = 2208.05 seconds = 36.80 minutes
		assertThat(row(q1, "RRU", "OF0017").get("value")).isEqualTo("36.80");

		// Sickness absence, one quarter behind: 2025/26 Q1 uses Jan-Mar 2025. RJ1: lost
		// 34359.0251 + 30103.18407 + 30671.70065 = 95133.90982 FTE days; available
		// 700715.67911 + 634981.60917 + 701746.20666 = 2037443.49494 (4.67%)
		assertRatio(row(q1NextYear, "RJ1", "OF0082"), "95133.90982", "2037443.49494");

		// 2024/25 Q1 would need Jan-Mar 2024, which the sickness file does not cover
		assertThat(rows(q1)).filteredOn((row) -> row.get("metric_id").equals("OF0082"))
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("status")).isEqualTo("NOT_SUBMITTED"));
	}

	private static void assertRatio(CSVRecord row, String numerator, String denominator) {
		assertThat(List.of(row.get("value"), row.get("numerator"), row.get("denominator"), row.get("status")))
			.containsExactly("", numerator, denominator, "");
	}

	private static CSVRecord row(DemoPeriod period, String organisationCode, String metricId) {
		return rows(period).stream()
			.filter((row) -> row.get("organisation_code").equals(organisationCode)
					&& row.get("metric_id").equals(metricId))
			.findFirst()
			.orElseThrow();
	}

	private static List<CSVRecord> allRows() {
		return DemoPeriod.ALL.stream().flatMap((period) -> rows(period).stream()).toList();
	}

	private static List<CSVRecord> rows(DemoPeriod period) {
		return DemoCsv.read(DEMO_DIR.resolve(period.fileName()));
	}

	private static Map<String, java.time.LocalDate> openDates() {
		Map<String, java.time.LocalDate> openDates = new HashMap<>();
		for (CSVRecord row : DemoCsv.read(REPO_ROOT.resolve("db/seed/reference/" + DemoTrust.REFERENCE_FILE))) {
			openDates.put(row.get("org_code"),
					java.time.LocalDate.parse(row.get("open_date"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
		}
		return openDates;
	}

	/**
	 * Trust type to league as the brief and the registry define it; other trusts are in
	 * none.
	 */
	private static Map<String, League> leagueByTrust() {
		Map<String, League> leagues = new HashMap<>();
		for (CSVRecord row : DemoCsv.read(REPO_ROOT.resolve("db/seed/reference/" + DemoTrust.REFERENCE_FILE))) {
			switch (row.get("trust_type")) {
				case "acute" -> leagues.put(row.get("org_code"), League.ACUTE);
				case "mental health", "community" -> leagues.put(row.get("org_code"), League.NON_ACUTE);
				case "ambulance" -> leagues.put(row.get("org_code"), League.AMBULANCE);
				default -> {
					// Welsh and not yet open trusts: no league, no rows
				}
			}
		}
		return leagues;
	}

	/** Surefire runs in the module folder; the repository root holds {@code db/seed}. */
	private static Path repoRoot() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isDirectory(folder.resolve("db/seed/framework"))) {
				return folder;
			}
		}
		throw new IllegalStateException("Not inside the repository: no db/seed/framework above the working folder");
	}

}
