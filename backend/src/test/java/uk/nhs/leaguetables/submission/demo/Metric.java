package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/**
 * One metric of the NOF-2025/26 catalogue ({@code db/seed/framework/metric.csv}), with
 * the categories a CATEGORY metric accepts, best first.
 */
record Metric(String id, Direction direction, Basis basis, Set<League> leagues, String scoringMethod,
		@Nullable BigDecimal validMin, @Nullable BigDecimal validMax, @Nullable BigDecimal ratioMultiplier,
		List<String> categories) {

	private static final String FRAMEWORK = "NOF-2025/26";

	enum Direction {

		HIGHER_IS_BETTER, LOWER_IS_BETTER

	}

	enum Basis {

		LATEST_MONTH, QUARTER, ROLLING_12_MONTHS, YEAR_TO_DATE, ANNUAL, PREVIOUS_QUARTER

	}

	boolean appliesTo(League league) {
		return leagues.contains(league);
	}

	/** The NOF-2025/26 metrics in catalogue order, keyed by id. */
	static Map<String, Metric> readCatalogue(Path frameworkSeedDir) {
		Map<String, List<String>> categories = DemoCsv.read(frameworkSeedDir.resolve("metric_category.csv"))
			.stream()
			.filter((row) -> row.get("framework").equals(FRAMEWORK))
			.sorted(Comparator.comparing((row) -> new BigDecimal(row.get("score"))))
			.collect(Collectors.groupingBy((row) -> row.get("metric_id"), LinkedHashMap::new,
					Collectors.mapping((row) -> row.get("category"), Collectors.toList())));
		return DemoCsv.read(frameworkSeedDir.resolve("metric.csv"))
			.stream()
			.filter((row) -> row.get("framework").equals(FRAMEWORK))
			.map((row) -> metric(row, categories.getOrDefault(row.get("metric_id"), List.of())))
			.collect(Collectors.toMap(Metric::id, (metric) -> metric, (first, second) -> first, LinkedHashMap::new));
	}

	private static Metric metric(CSVRecord row, List<String> categories) {
		Set<League> leagues = Arrays.stream(row.get("leagues").split(";"))
			.map(League::valueOf)
			.collect(Collectors.toUnmodifiableSet());
		return new Metric(row.get("metric_id"), Direction.valueOf(row.get("direction")),
				Basis.valueOf(row.get("basis")), leagues, row.get("scoring_method"), decimal(row.get("valid_min")),
				decimal(row.get("valid_max")), decimal(row.get("ratio_multiplier")), categories);
	}

	private static @Nullable BigDecimal decimal(String text) {
		return text.isBlank() ? null : new BigDecimal(text);
	}

}
