package uk.nhs.leaguetables.submission.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks one row on its own against the period's organisations and metrics (the rules
 * that need other rows, such as duplicates, run over the whole submission afterwards). A
 * row with any error yields no {@link ValidRow}.
 */
public final class RowValidator {

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final int MAX_COMMENT_LENGTH = 1000;

	private static final BigDecimal LOWEST_SCORE = BigDecimal.ONE;

	private static final BigDecimal HIGHEST_SCORE = BigDecimal.valueOf(4);

	private final ValidationContext context;

	public RowValidator(ValidationContext context) {
		this.context = context;
	}

	/** Validates the header row: every required column must be there. */
	public static List<ValidationIssue> validateHeader(List<SubmissionColumn> columns) {
		return SubmissionColumn.requiredColumns()
			.stream()
			.filter((required) -> !columns.contains(required))
			.map((missing) -> new ValidationIssue(1, missing.header(), null, ValidationRule.MISSING_COLUMN,
					"The header row has no '" + missing.header() + "' column; required columns are period, "
							+ "organisation_code and metric_id"))
			.toList();
	}

	public Result validate(RawRow row) {
		RowCheck check = new RowCheck(row);
		check.period();
		OrganisationFacts organisation = check.organisation();
		if (DeficitSupport.isFlag(row.get(SubmissionColumn.METRIC_ID))) {
			ValidRow flag = check.deficitSupport(organisation);
			return new Result(check.issues.isEmpty() ? flag : null, check.issues);
		}
		MetricSpecification metric = check.metric(organisation);
		ValueStatus status = check.status();
		LocalDate reportingDate = check.reportingDate();
		String comment = check.comment();
		if (metric == null || status == null) {
			return new Result(null, check.issues);
		}
		ValidRow valid = switch (status) {
			case VALUE -> check.value(metric, reportingDate, comment);
			case NOT_APPLICABLE, NOT_SUBMITTED -> check.noValue(metric, status, reportingDate, comment);
		};
		return new Result(check.issues.isEmpty() ? valid : null, check.issues);
	}

	/**
	 * The outcome for one row.
	 *
	 * @param row the normalised row, or null when it broke a rule
	 * @param issues what it broke
	 */
	public record Result(@Nullable ValidRow row, List<ValidationIssue> issues) {

		public Result {
			issues = List.copyOf(issues);
		}

	}

	/**
	 * The checks of one row, collecting every issue rather than stopping at the first.
	 */
	private final class RowCheck {

		private final RawRow row;

		private final List<ValidationIssue> issues = new ArrayList<>();

		RowCheck(RawRow row) {
			this.row = row;
		}

		void period() {
			String period = row.get(SubmissionColumn.PERIOD);
			if (period == null) {
				issue(SubmissionColumn.PERIOD, null, ValidationRule.MALFORMED_PERIOD,
						"The period is empty; give the quarter, e.g. " + context.periodCode());
			}
			else if (!period.matches("\\d{4}/\\d{2} Q[1-4]")) {
				issue(SubmissionColumn.PERIOD, period, ValidationRule.MALFORMED_PERIOD, "'" + period
						+ "' is not a period; write the financial-year quarter, e.g. " + context.periodCode());
			}
			else if (!period.equals(context.periodCode())) {
				issue(SubmissionColumn.PERIOD, period, ValidationRule.PERIOD_MISMATCH,
						"The row is for " + period + " but the submission is for " + context.periodCode());
			}
		}

		@Nullable OrganisationFacts organisation() {
			String code = row.get(SubmissionColumn.ORGANISATION_CODE);
			OrganisationFacts organisation = (code != null) ? context.organisation(code.toUpperCase(Locale.ROOT))
					: null;
			if (organisation == null) {
				issue(SubmissionColumn.ORGANISATION_CODE, code, ValidationRule.UNKNOWN_ORGANISATION,
						(code == null) ? "The organisation code is empty"
								: "'" + code + "' is not the ODS code of an NHS trust or ICB in the registry");
				return null;
			}
			if (!organisation.openDuring(context.periodStart(), context.periodEnd())) {
				issue(SubmissionColumn.ORGANISATION_CODE, code, ValidationRule.CLOSED_ORGANISATION,
						organisation.code() + " was not open during " + context.periodCode() + " (opened "
								+ organisation.openDate() + ", closed " + organisation.closeDate() + ")");
				return null;
			}
			if (context.permittedOrganisation() != null
					&& !context.permittedOrganisation().equals(organisation.code())) {
				issue(SubmissionColumn.ORGANISATION_CODE, code, ValidationRule.ORGANISATION_NOT_PERMITTED,
						"You submit for " + context.permittedOrganisation() + " only, not for " + organisation.code());
				return null;
			}
			if (organisation.league() == null) {
				issue(SubmissionColumn.ORGANISATION_CODE, code, ValidationRule.ORGANISATION_NOT_ASSESSED,
						organisation.code() + " belongs to no league of the NHS Oversight Framework");
				return null;
			}
			return organisation;
		}

		@Nullable MetricSpecification metric(@Nullable OrganisationFacts organisation) {
			String code = row.get(SubmissionColumn.METRIC_ID);
			MetricSpecification metric = (code != null) ? context.metric(code.toUpperCase(Locale.ROOT)) : null;
			if (metric == null) {
				issue(SubmissionColumn.METRIC_ID, code, ValidationRule.UNKNOWN_METRIC,
						(code == null) ? "The metric id is empty"
								: "'" + code + "' is not a metric of the framework version of " + context.periodCode());
				return null;
			}
			if (organisation != null && !metric.leagues().contains(organisation.league())) {
				issue(SubmissionColumn.METRIC_ID, code, ValidationRule.METRIC_NOT_APPLICABLE, metric.code()
						+ " does not apply to " + organisation.code() + "'s league " + organisation.league());
				return null;
			}
			return metric;
		}

		@Nullable ValueStatus status() {
			String status = row.get(SubmissionColumn.STATUS);
			if (status == null) {
				return ValueStatus.VALUE;
			}
			try {
				return ValueStatus.valueOf(status.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				issue(SubmissionColumn.STATUS, status, ValidationRule.INVALID_STATUS, "'" + status
						+ "' is not a status; leave it empty for a value, or write NOT_APPLICABLE or NOT_SUBMITTED");
				return null;
			}
		}

		@Nullable LocalDate reportingDate() {
			String text = row.get(SubmissionColumn.REPORTING_DATE);
			if (text == null) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(text);
				if (date.isAfter(context.periodEnd())) {
					issue(SubmissionColumn.REPORTING_DATE, text, ValidationRule.MALFORMED_DATE, "The reporting date "
							+ text + " is after the end of " + context.periodCode() + " (" + context.periodEnd() + ")");
					return null;
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				issue(SubmissionColumn.REPORTING_DATE, text, ValidationRule.MALFORMED_DATE,
						"'" + text + "' is not a date; write it as YYYY-MM-DD");
				return null;
			}
		}

		@Nullable String comment() {
			String comment = row.get(SubmissionColumn.COMMENT);
			if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
				issue(SubmissionColumn.COMMENT, comment, ValidationRule.COMMENT_TOO_LONG, "The comment has "
						+ comment.length() + " characters; at most " + MAX_COMMENT_LENGTH + " are kept");
			}
			return comment;
		}

		@Nullable ValidRow value(MetricSpecification metric, @Nullable LocalDate reportingDate, @Nullable String comment) {
			return switch (metric.kind()) {
				case NUMBER -> number(metric, reportingDate, comment);
				case CATEGORY -> category(metric, reportingDate, comment);
				case MANUAL_SCORE -> manualScore(metric, reportingDate, comment);
			};
		}

		private @Nullable ValidRow number(MetricSpecification metric, @Nullable LocalDate reportingDate,
				@Nullable String comment) {
			BigDecimal value = decimal(SubmissionColumn.VALUE);
			BigDecimal numerator = decimal(SubmissionColumn.NUMERATOR);
			BigDecimal denominator = decimal(SubmissionColumn.DENOMINATOR);
			boolean ratioGiven = row.get(SubmissionColumn.NUMERATOR) != null
					|| row.get(SubmissionColumn.DENOMINATOR) != null;
			if (row.get(SubmissionColumn.VALUE) != null && ratioGiven) {
				issue(SubmissionColumn.VALUE, row.get(SubmissionColumn.VALUE), ValidationRule.AMBIGUOUS_VALUE,
						"Give either the value or the numerator and denominator, not both");
				return null;
			}
			if (ratioGiven) {
				value = ratio(metric, numerator, denominator);
			}
			else if (row.get(SubmissionColumn.VALUE) == null) {
				issue(SubmissionColumn.VALUE, null, ValidationRule.MISSING_VALUE, "No value for " + metric.code()
						+ "; give the value, or status NOT_SUBMITTED or NOT_APPLICABLE");
				return null;
			}
			if (value == null) {
				return null;
			}
			checkRange(metric, value);
			return new ValidRow(row.rowNumber(), organisationCode(), metric.code(), ValueStatus.VALUE, value, numerator,
					denominator, null, null, reportingDate, comment);
		}

		private @Nullable BigDecimal ratio(MetricSpecification metric, @Nullable BigDecimal numerator,
				@Nullable BigDecimal denominator) {
			if (metric.ratioMultiplier() == null) {
				issue(SubmissionColumn.NUMERATOR, row.get(SubmissionColumn.NUMERATOR),
						ValidationRule.RATIO_NOT_ACCEPTED,
						metric.code() + " is not defined as a ratio; give its value in the value column");
				return null;
			}
			if (row.get(SubmissionColumn.NUMERATOR) == null || row.get(SubmissionColumn.DENOMINATOR) == null) {
				SubmissionColumn missing = (row.get(SubmissionColumn.NUMERATOR) == null) ? SubmissionColumn.NUMERATOR
						: SubmissionColumn.DENOMINATOR;
				issue(missing, null, ValidationRule.INCOMPLETE_RATIO,
						"A ratio needs both numerator and denominator; the " + missing.header() + " is empty");
				return null;
			}
			if (numerator == null || denominator == null) {
				return null;
			}
			if (denominator.signum() <= 0) {
				issue(SubmissionColumn.DENOMINATOR, denominator.toPlainString(), ValidationRule.ZERO_DENOMINATOR,
						"The denominator must be greater than zero");
				return null;
			}
			if (metric.percentage() && numerator.compareTo(denominator) > 0) {
				issue(SubmissionColumn.NUMERATOR, numerator.toPlainString(),
						ValidationRule.NUMERATOR_EXCEEDS_DENOMINATOR, "The numerator " + numerator.toPlainString()
								+ " exceeds the denominator " + denominator.toPlainString() + " of a percentage");
				return null;
			}
			return numerator.multiply(metric.ratioMultiplier()).divide(denominator, MathContext.DECIMAL64);
		}

		private void checkRange(MetricSpecification metric, BigDecimal value) {
			boolean belowMin = metric.validMin() != null && value.compareTo(metric.validMin()) < 0;
			boolean aboveMax = metric.validMax() != null && value.compareTo(metric.validMax()) > 0;
			if (belowMin || aboveMax) {
				issue(SubmissionColumn.VALUE, value.toPlainString(), ValidationRule.OUT_OF_RANGE,
						"The value " + value.toPlainString() + " of " + metric.code() + " is outside its valid range "
								+ plain(metric.validMin()) + " to " + plain(metric.validMax()));
			}
		}

		private @Nullable ValidRow category(MetricSpecification metric, @Nullable LocalDate reportingDate,
				@Nullable String comment) {
			String category = row.get(SubmissionColumn.CATEGORY);
			if (category != null && row.get(SubmissionColumn.SCORE) != null) {
				issue(SubmissionColumn.SCORE, row.get(SubmissionColumn.SCORE), ValidationRule.AMBIGUOUS_VALUE,
						"Give either the category or the score it was given, not both");
				return null;
			}
			if (category == null && row.get(SubmissionColumn.SCORE) != null) {
				// a published score in place of the category (e.g. NHS England publishes
				// the
				// score of a survey band without the band), justified like a manual score
				return manualScore(metric, reportingDate, comment);
			}
			if (category == null) {
				issue(SubmissionColumn.CATEGORY, null, ValidationRule.MISSING_VALUE, metric.code()
						+ " is scored by category; give one of " + metric.categories() + ", or the score it was given");
				return null;
			}
			if (!metric.categories().contains(category)) {
				issue(SubmissionColumn.CATEGORY, category, ValidationRule.UNKNOWN_CATEGORY, "'" + category
						+ "' is not a category of " + metric.code() + "; use one of " + metric.categories());
				return null;
			}
			return new ValidRow(row.rowNumber(), organisationCode(), metric.code(), ValueStatus.VALUE, null, null, null,
					category, null, reportingDate, comment);
		}

		private @Nullable ValidRow manualScore(MetricSpecification metric, @Nullable LocalDate reportingDate,
				@Nullable String comment) {
			BigDecimal score = decimal(SubmissionColumn.SCORE);
			if (row.get(SubmissionColumn.SCORE) == null) {
				issue(SubmissionColumn.SCORE, null, ValidationRule.MISSING_VALUE,
						metric.code() + " is scored manually; give the score (1.00 to 4.00) and its justification");
				return null;
			}
			if (score == null) {
				return null;
			}
			if (score.compareTo(LOWEST_SCORE) < 0 || score.compareTo(HIGHEST_SCORE) > 0) {
				issue(SubmissionColumn.SCORE, score.toPlainString(), ValidationRule.SCORE_OUT_OF_RANGE,
						"A score lies between 1.00 and 4.00");
				return null;
			}
			if (comment == null) {
				issue(SubmissionColumn.COMMENT, null, ValidationRule.JUSTIFICATION_REQUIRED,
						"A manual score of " + metric.code() + " needs its justification in the comment");
				return null;
			}
			return new ValidRow(row.rowNumber(), organisationCode(), metric.code(), ValueStatus.VALUE, null, null, null,
					null, score, reportingDate, comment);
		}

		@Nullable ValidRow noValue(MetricSpecification metric, ValueStatus status, @Nullable LocalDate reportingDate,
				@Nullable String comment) {
			for (SubmissionColumn column : List.of(SubmissionColumn.VALUE, SubmissionColumn.NUMERATOR,
					SubmissionColumn.DENOMINATOR, SubmissionColumn.CATEGORY, SubmissionColumn.SCORE)) {
				if (row.get(column) != null) {
					issue(column, row.get(column), ValidationRule.VALUE_NOT_EXPECTED,
							"A row with status " + status + " carries no " + column.header());
				}
			}
			return new ValidRow(row.rowNumber(), organisationCode(), metric.code(), status, null, null, null, null,
					null, reportingDate, comment);
		}

		/**
		 * A deficit-support flag: 1 or 0 in value, an optional comment, nothing else (the
		 * organisation and period rules have run already).
		 */
		@Nullable ValidRow deficitSupport(@Nullable OrganisationFacts organisation) {
			for (SubmissionColumn column : List.of(SubmissionColumn.NUMERATOR, SubmissionColumn.DENOMINATOR,
					SubmissionColumn.CATEGORY, SubmissionColumn.SCORE, SubmissionColumn.STATUS,
					SubmissionColumn.REPORTING_DATE)) {
				String given = row.get(column);
				boolean plainValueStatus = column == SubmissionColumn.STATUS && given != null
						&& given.equalsIgnoreCase(ValueStatus.VALUE.name());
				if (given != null && !plainValueStatus) {
					issue(column, given, ValidationRule.FLAG_COLUMN_NOT_EXPECTED,
							"A " + DeficitSupport.METRIC_ID + " row gives its flag in value (1 or 0) and at most a "
									+ "comment besides; leave " + column.header() + " empty");
				}
			}
			String comment = comment();
			String value = row.get(SubmissionColumn.VALUE);
			String who = (organisation != null) ? organisation.code() : "the organisation";
			if (value == null) {
				issue(SubmissionColumn.VALUE, null, ValidationRule.MISSING_VALUE,
						"No value for " + DeficitSupport.METRIC_ID + "; write 1 if " + who
								+ " receives deficit support in " + context.periodCode() + ", 0 if it does not");
				return null;
			}
			if (!value.equals("1") && !value.equals("0")) {
				issue(SubmissionColumn.VALUE, value, ValidationRule.INVALID_FLAG,
						"'" + value + "' is not a " + DeficitSupport.METRIC_ID + " flag; write 1 if " + who
								+ " receives deficit support in " + context.periodCode() + ", 0 if it does not");
				return null;
			}
			return new ValidRow(row.rowNumber(), organisationCode(), DeficitSupport.METRIC_ID, ValueStatus.VALUE,
					new BigDecimal(value), null, null, null, null, null, comment);
		}

		private @Nullable BigDecimal decimal(SubmissionColumn column) {
			String text = row.get(column);
			if (text == null) {
				return null;
			}
			if (!PLAIN_DECIMAL.matcher(text).matches()) {
				issue(column, text, ValidationRule.MALFORMED_NUMBER, "'" + text + "' in " + column.header()
						+ " is not a number; write digits with a dot for decimals, without thousands separators, units or %");
				return null;
			}
			return new BigDecimal(text);
		}

		private String organisationCode() {
			String code = row.get(SubmissionColumn.ORGANISATION_CODE);
			return (code != null) ? code.toUpperCase(Locale.ROOT) : "";
		}

		private void issue(SubmissionColumn column, @Nullable String value, ValidationRule rule, String message) {
			issues.add(new ValidationIssue(row.rowNumber(), column.header(), value, rule, message));
		}

	}

	private static String plain(@Nullable BigDecimal bound) {
		return (bound != null) ? bound.toPlainString() : "unbounded";
	}

}
