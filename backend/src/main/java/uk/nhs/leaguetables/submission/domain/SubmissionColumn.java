package uk.nhs.leaguetables.submission.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the submission format (docs/submission-format.md); headers match
 * case-insensitively.
 */
public enum SubmissionColumn {

	PERIOD("period", true), ORGANISATION_CODE("organisation_code", true), METRIC_ID("metric_id", true),
	VALUE("value", false), NUMERATOR("numerator", false), DENOMINATOR("denominator", false),
	CATEGORY("category", false), SCORE("score", false), STATUS("status", false),
	REPORTING_DATE("reporting_date", false), COMMENT("comment", false);

	private final String header;

	private final boolean required;

	SubmissionColumn(String header, boolean required) {
		this.header = header;
		this.required = required;
	}

	public String header() {
		return header;
	}

	public boolean required() {
		return required;
	}

	public static List<SubmissionColumn> requiredColumns() {
		return Arrays.stream(values()).filter(SubmissionColumn::required).toList();
	}

}
