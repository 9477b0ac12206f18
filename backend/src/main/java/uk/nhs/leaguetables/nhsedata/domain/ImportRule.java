package uk.nhs.leaguetables.nhsedata.domain;

import uk.nhs.leaguetables.submission.domain.Severity;

/**
 * Every rule an NHS England trust data file is checked against before anything of it is
 * stored; the rows that become a submission are then checked by the submission's own
 * rules (docs/submission-format.md).
 */
public enum ImportRule {

	UNREADABLE_FILE("The file can be read as UTF-8 CSV or as an XLSX workbook"),

	MISSING_COLUMN("The header row names all 17 columns of NHS England's trust data layout"),

	UNKNOWN_COLUMN("Every column of the header row is a column of the layout, once"),

	EMPTY_FILE("The file has at least one data row"),

	MALFORMED_QUARTER("The quarter is written as NHS England writes it, e.g. Q1 2025/26"),

	QUARTER_MISMATCH("Every row is for the quarter the import is for"),

	UNKNOWN_PERIOD("The quarter is a reporting period, or a framework version covers its financial year"),

	UNKNOWN_TRUST_TYPE("The trust type is an NHS England trust type: acute, mental health and community, ambulance"),

	LEAGUE_MISMATCH("Every row's trust type is of the league the import is for"),

	UNKNOWN_TRUST("The trust code is the ODS code of a trust in the registry"),

	TRUST_LEAGUE_MISMATCH("The trust is in the league of its trust type in the registry"),

	UNKNOWN_METRIC_ID(
			"The metric id is in the quarter's framework version (OF0xxx, OF1xxx by their last three digits) or a summary id"),

	MISSING_VALUE("Every row has a value"),

	MALFORMED_NUMBER("Value, median, quartiles and rank are numbers; a rank is a whole number of at least 1"),

	OUT_OF_RANGE(
			"A value lies in its range: the metric's valid range for raw values, 1-4 for scores and segments (5 for OF5005), 0 or 1 for flags"),

	DUPLICATE_ROW("Each quarter, trust and metric id appears once");

	private final String requirement;

	ImportRule(String requirement) {
		this.requirement = requirement;
	}

	/** Every rule here is an error: any one stops the whole import. */
	public Severity severity() {
		return Severity.ERROR;
	}

	/** What the rule asks for, in words an importer understands. */
	public String requirement() {
		return requirement;
	}

}
