package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.submission.demo.SubmissionRow.Key;
import uk.nhs.leaguetables.submission.demo.SubmissionRow.Status;

/**
 * A metric fed by real NHS statistics: its quarter is the sum of the numerators and of
 * the denominators of the months a source file reports (never an average of monthly
 * rates).
 *
 * @param source the publication, as the comment of each row names it
 * @param activity what the denominator counts, to explain a trust that reports none
 * @param proxy how the figure differs from the NHS England definition, when it does
 */
record RealMetric(String metricId, String source, String activity, Presentation presentation, @Nullable String proxy,
		MonthlyRatios data) {

	enum Presentation {

		/**
		 * Numerator and denominator; the service applies the metric's ratio multiplier.
		 */
		COUNTS,

		/** A total in seconds over a count, given as the mean in minutes (2 dp). */
		MEAN_MINUTES_FROM_SECONDS

	}

	private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

	/**
	 * The row of one trust and quarter. A metric whose basis is the previous quarter
	 * (sickness absence, methodology: one quarter behind) reads that quarter's months.
	 */
	SubmissionRow row(Key key, Metric.Basis basis) {
		boolean previousQuarter = basis == Metric.Basis.PREVIOUS_QUARTER;
		List<YearMonth> window = previousQuarter ? key.period().previous().months() : key.period().months();
		String windowNote = previousQuarter ? " (previous quarter)" : "";
		Optional<Ratio> sum = data.sum(key.organisationCode(), window);
		if (sum.isEmpty()) {
			return SubmissionRow.without(key, Status.NOT_SUBMITTED,
					"No data: not in " + source + " for " + describe(window) + windowNote);
		}
		List<YearMonth> reported = data.reportedMonths(key.organisationCode(), window);
		String provenance = source + " " + describe(reported) + windowNote + missingMonthsNote(window, reported);
		Ratio ratio = sum.get();
		if (ratio.denominator().signum() == 0) {
			return SubmissionRow.without(key, Status.NOT_APPLICABLE, "No " + activity + " in " + provenance);
		}
		String comment = (proxy != null) ? "PROXY (" + proxy + "): " + provenance : provenance;
		return switch (presentation) {
			case COUNTS -> SubmissionRow.ratio(key, ratio.numerator().stripTrailingZeros(),
					ratio.denominator().stripTrailingZeros(), comment);
			case MEAN_MINUTES_FROM_SECONDS -> SubmissionRow.value(key,
					ratio.numerator().divide(ratio.denominator().multiply(SECONDS_PER_MINUTE), 2, RoundingMode.HALF_UP),
					comment);
		};
	}

	private static String missingMonthsNote(List<YearMonth> window, List<YearMonth> reported) {
		List<YearMonth> missing = window.stream().filter((month) -> !reported.contains(month)).toList();
		return missing.isEmpty() ? "" : "; nothing reported for " + describe(missing);
	}

	/**
	 * "Apr-Jun 2024", "Nov-Dec 2024", "May 2024" or "Apr/Jun 2024" (within a quarter).
	 */
	private static String describe(List<YearMonth> months) {
		YearMonth first = months.getFirst();
		YearMonth last = months.getLast();
		String year = " " + last.getYear();
		if (months.size() == 1) {
			return shortName(first) + year;
		}
		if (first.plusMonths(months.size() - 1).equals(last)) {
			return shortName(first) + "-" + shortName(last) + year;
		}
		return String.join("/", months.stream().map(RealMetric::shortName).toList()) + year;
	}

	/** "Sep", independent of the locale data of the JDK (some write "Sept"). */
	private static String shortName(YearMonth month) {
		String name = month.getMonth().name();
		return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
	}

}
