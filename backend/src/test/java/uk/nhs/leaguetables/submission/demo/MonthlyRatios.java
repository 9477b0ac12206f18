package uk.nhs.leaguetables.submission.demo;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one source file reports for one metric: a numerator and denominator per trust and
 * month.
 */
final class MonthlyRatios {

	private final Map<String, Map<YearMonth, Ratio>> byOrganisation = new HashMap<>();

	/**
	 * Rejects a second row for the same organisation and month: summing it would count
	 * twice.
	 */
	void add(String organisationCode, YearMonth month, Ratio ratio) {
		Ratio earlier = byOrganisation.computeIfAbsent(organisationCode, (code) -> new HashMap<>()).put(month, ratio);
		if (earlier != null) {
			throw new IllegalStateException("Two rows for " + organisationCode + " in " + month);
		}
	}

	/** The ratio of the months in the window the organisation has rows for, summed. */
	Optional<Ratio> sum(String organisationCode, List<YearMonth> window) {
		Map<YearMonth, Ratio> months = byOrganisation.getOrDefault(organisationCode, Map.of());
		return reportedMonths(organisationCode, window).stream().map(months::get).reduce(Ratio::plus);
	}

	List<YearMonth> reportedMonths(String organisationCode, List<YearMonth> window) {
		Map<YearMonth, Ratio> months = byOrganisation.getOrDefault(organisationCode, Map.of());
		return window.stream().filter(months::containsKey).toList();
	}

}
