package uk.nhs.leaguetables.submission.domain;

import org.jspecify.annotations.Nullable;

/**
 * One finding of the validation: where (row as numbered in the file, header = row 1;
 * column), what (the value as given), which rule, and a message that says how to fix it.
 */
public record ValidationIssue(@Nullable Integer row, @Nullable String column, @Nullable String value,
		ValidationRule rule, String message) {

	private static final int MAX_VALUE_LENGTH = 200;

	public ValidationIssue {
		if (value != null && value.length() > MAX_VALUE_LENGTH) {
			value = value.substring(0, MAX_VALUE_LENGTH) + "…";
		}
	}

	public Severity severity() {
		return rule.severity();
	}

}
