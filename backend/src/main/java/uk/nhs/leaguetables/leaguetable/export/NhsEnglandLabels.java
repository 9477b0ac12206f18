package uk.nhs.leaguetables.leaguetable.export;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

	private NhsEnglandLabels() {
	}

	/** The trust type; blank for an integrated care board, which has none. */
	static String trustType(@Nullable String literal) {
		if (literal == null) {
			return "";
		}
		return switch (literal) {
			case "ACUTE" -> "Acute";
			case "MENTAL_HEALTH" -> "Mental health";
			case "COMMUNITY" -> "Community";
			case "AMBULANCE" -> "Ambulance";
			case "WALES" -> "Wales";
			case "OTHER" -> "Other";
			default -> throw unknown("trust type", literal);
		};
	}

	/** The NHS Oversight Framework 2025/26 domain names. */
	static String domain(String literal) {
		return switch (literal) {
			case "ACCESS_TO_SERVICES" -> "Access to services";
			case "EFFECTIVENESS_AND_EXPERIENCE" -> "Effectiveness and experience of care";
			case "PATIENT_SAFETY" -> "Patient safety";
			case "PEOPLE_AND_WORKFORCE" -> "People and workforce";
			case "FINANCE_AND_PRODUCTIVITY" -> "Finance and productivity";
			default -> throw unknown("domain", literal);
		};
	}

	static String unit(String literal) {
		return switch (literal) {
			case "PERCENT" -> "Percentage";
			case "PERCENTAGE_POINTS" -> "Percentage points";
			case "COUNT" -> "Count";
			case "RATE" -> "Rate";
			case "SCORE" -> "Score";
			case "DAYS" -> "Days";
			case "MINUTES" -> "Minutes";
			case "INDEX" -> "Index";
			case "CATEGORY" -> "Category";
			default -> throw unknown("unit", literal);
		};
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

	private static IllegalStateException unknown(String what, String literal) {
		return new IllegalStateException("No NHS England label for the " + what + " " + literal);
	}

}
