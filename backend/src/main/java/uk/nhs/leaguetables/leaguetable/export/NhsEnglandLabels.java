package uk.nhs.leaguetables.leaguetable.export;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How NHS England's files spell what this service stores as enum literals: trust types,
 * domains, units and reporting dates. A literal without a label fails loudly rather than
 * leaking a code into a public file.
 */
final class NhsEnglandLabels {

	/**
	 * NHS England writes monthly reporting dates as {@code Sep-25} (not the British
	 * "Sept").
	 */
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);

	private static final Map<String, String> TRUST_TYPES = Map.of("ACUTE", "Acute", "MENTAL_HEALTH", "Mental health",
			"COMMUNITY", "Community", "AMBULANCE", "Ambulance", "WALES", "Wales", "OTHER", "Other");

	/**
	 * The NHS Oversight Framework 2025/26 domain names as NHS England's trust data files
	 * write them ("Effectiveness and experience", not the manual's "... of care").
	 */
	private static final Map<String, String> DOMAINS = Map.of("ACCESS_TO_SERVICES", "Access to services",
			"EFFECTIVENESS_AND_EXPERIENCE", "Effectiveness and experience", "PATIENT_SAFETY", "Patient safety",
			"PEOPLE_AND_WORKFORCE", "People and workforce", "FINANCE_AND_PRODUCTIVITY", "Finance and productivity");

	private static final Map<String, String> UNITS = Map.of("PERCENT", "Percentage", "PERCENTAGE_POINTS",
			"Percentage points", "COUNT", "Count", "RATE", "Rate", "SCORE", "Score", "DAYS", "Days", "MINUTES",
			"Minutes", "INDEX", "Index", "CATEGORY", "Category");

	private NhsEnglandLabels() {
	}

	/** The trust type; blank for an integrated care board, which has none. */
	static String trustType(@Nullable String literal) {
		return (literal != null) ? label(TRUST_TYPES, "trust type", literal) : "";
	}

	static String domain(String literal) {
		return label(DOMAINS, "domain", literal);
	}

	static String unit(String literal) {
		return label(UNITS, "unit", literal);
	}

	/**
	 * The last month the metric's data covers, as NHS England writes it ({@code Mar-26}),
	 * or the financial year for an annual metric. Results do not store the month each
	 * value was measured, so it follows from the metric's basis and the quarter.
	 */
	static String reportingDate(String basisLiteral, ExportPeriod period) {
		YearMonth lastMonth = period.lastMonth();
		return switch (basisLiteral) {
			case "LATEST_MONTH", "QUARTER", "ROLLING_12_MONTHS", "YEAR_TO_DATE" -> MONTH.format(lastMonth);
			case "PREVIOUS_QUARTER" -> MONTH.format(lastMonth.minusMonths(3));
			case "ANNUAL" -> period.financialYear();
			default -> throw unknown("basis", basisLiteral);
		};
	}

	private static String label(Map<String, String> labels, String what, String literal) {
		String label = labels.get(literal);
		if (label == null) {
			throw unknown(what, literal);
		}
		return label;
	}

	private static IllegalStateException unknown(String what, String literal) {
		return new IllegalStateException("No NHS England label for the " + what + " " + literal);
	}

}
