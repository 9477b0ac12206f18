package uk.nhs.leaguetables.nhsedata.domain;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.submission.domain.Severity;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;

/**
 * One finding of an import, shaped like a finding of a submission's validation report:
 * where (the row as numbered in the imported file, header = row 1; the column), what (the
 * value as given), which rule (an {@link ImportRule}, or a submission rule for the rows
 * that went through the submission pipeline), and what to do.
 */
public record ImportIssue(@Nullable Integer row, @Nullable String column, @Nullable String value, String rule,
		Severity severity, String message) {

	private static final int MAX_VALUE_LENGTH = 200;

	public ImportIssue {
		if (value != null && value.length() > MAX_VALUE_LENGTH) {
			value = value.substring(0, MAX_VALUE_LENGTH) + "…";
		}
	}

	public static ImportIssue of(@Nullable Integer row, @Nullable TrustDataColumn column, @Nullable String value,
			ImportRule rule, String message) {
		return new ImportIssue(row, (column != null) ? column.header() : null, value, rule.name(), rule.severity(),
				message);
	}

	/**
	 * A finding of the submission pipeline about a row built from the file, with the
	 * submission's column named as the trust data layout names it.
	 */
	public static ImportIssue fromSubmission(ValidationIssue issue) {
		return new ImportIssue(issue.row(), trustDataColumn(issue.column()), issue.value(), issue.rule().name(),
				issue.severity(), issue.message());
	}

	private static @Nullable String trustDataColumn(@Nullable String submissionColumn) {
		if (submissionColumn == null) {
			return null;
		}
		return switch (submissionColumn) {
			case "period" -> TrustDataColumn.QUARTER.header();
			case "organisation_code" -> TrustDataColumn.TRUST_CODE.header();
			case "metric_id" -> TrustDataColumn.METRIC_ID.header();
			case "value", "score", "category" -> TrustDataColumn.VALUE.header();
			default -> submissionColumn;
		};
	}

}
