package uk.nhs.leaguetables.submission.domain;

/**
 * Every rule a submission is checked against, with its severity and what it asks of the
 * submitter.
 */
public enum ValidationRule {

	UNREADABLE_FILE(Severity.ERROR, "The file can be read as UTF-8 CSV or as an XLSX workbook"),

	MISSING_COLUMN(Severity.ERROR, "The header row names every required column"),

	UNKNOWN_COLUMN(Severity.ERROR, "Every column of the header row is a column of the submission format"),

	TOO_LARGE(Severity.ERROR, "The file is at most the upload limit in size"),

	EMPTY_FILE(Severity.ERROR, "The file has at least one data row"),

	MALFORMED_PERIOD(Severity.ERROR, "The period is a financial-year quarter such as 2025/26 Q1"),

	PERIOD_MISMATCH(Severity.ERROR, "Every row is for the period the submission is for"),

	UNKNOWN_ORGANISATION(Severity.ERROR, "The organisation code is a known ODS code"),

	CLOSED_ORGANISATION(Severity.ERROR, "The organisation was open during the period"),

	ORGANISATION_NOT_ASSESSED(Severity.ERROR, "The organisation belongs to a league of the period's framework"),

	ORGANISATION_NOT_PERMITTED(Severity.ERROR,
			"A submitter tied to an organisation submits only that organisation's data"),

	UNKNOWN_METRIC(Severity.ERROR, "The metric is in the period's framework version"),

	METRIC_NOT_APPLICABLE(Severity.ERROR, "The metric applies to the organisation's league"),

	INVALID_STATUS(Severity.ERROR, "The status is empty, VALUE, NOT_APPLICABLE or NOT_SUBMITTED"),

	MISSING_VALUE(Severity.ERROR, "A row with status VALUE gives the value the metric is scored on"),

	AMBIGUOUS_VALUE(Severity.ERROR,
			"A row gives a value or a numerator and denominator, not both; a category or a score, not both"),

	VALUE_NOT_EXPECTED(Severity.ERROR, "A NOT_APPLICABLE or NOT_SUBMITTED row gives no value"),

	MALFORMED_NUMBER(Severity.ERROR, "Numbers are plain decimals with a dot: no thousands separators, units or %"),

	MALFORMED_DATE(Severity.ERROR, "The reporting date is an ISO date (YYYY-MM-DD) no later than the period's end"),

	INCOMPLETE_RATIO(Severity.ERROR, "A numerator comes with a denominator and the other way round"),

	RATIO_NOT_ACCEPTED(Severity.ERROR, "Numerator and denominator are given only for metrics defined as a ratio"),

	ZERO_DENOMINATOR(Severity.ERROR, "The denominator is greater than zero"),

	NUMERATOR_EXCEEDS_DENOMINATOR(Severity.ERROR, "For a percentage the numerator is at most the denominator"),

	OUT_OF_RANGE(Severity.ERROR, "The value lies within the metric's valid range"),

	UNKNOWN_CATEGORY(Severity.ERROR, "The category is one the metric's scoring defines"),

	SCORE_OUT_OF_RANGE(Severity.ERROR, "A manual or published score lies between 1.00 and 4.00"),

	JUSTIFICATION_REQUIRED(Severity.ERROR,
			"A manual score, or a score given in place of a category, comes with its justification in the comment"),

	COMMENT_TOO_LONG(Severity.ERROR, "A comment has at most 1,000 characters"),

	INVALID_FLAG(Severity.ERROR,
			"A DEFICIT_SUPPORT row's value is 1 (receives deficit support in the quarter) or 0 (does not)"),

	FLAG_COLUMN_NOT_EXPECTED(Severity.ERROR,
			"A DEFICIT_SUPPORT row gives its flag in value only, with at most a comment besides"),

	DUPLICATE_ROW(Severity.ERROR, "Each organisation and metric (or organisation flag) appears once in a submission"),

	CONFLICTS_WITH_ACCEPTED(Severity.ERROR,
			"A value or flag already accepted for the period is replaced only by a correction with a reason"),

	MISSING_MANDATORY_METRICS(Severity.WARNING, "Every mandatory metric of the organisation's league is supplied"),

	OUTLIER_AGAINST_PREVIOUS_QUARTER(Severity.WARNING,
			"A value changes by at most half against the organisation's previous quarter");

	private final Severity severity;

	private final String requirement;

	ValidationRule(Severity severity, String requirement) {
		this.severity = severity;
		this.requirement = requirement;
	}

	public Severity severity() {
		return severity;
	}

	/** What the rule asks for, in words a submitter understands. */
	public String requirement() {
		return requirement;
	}

}
