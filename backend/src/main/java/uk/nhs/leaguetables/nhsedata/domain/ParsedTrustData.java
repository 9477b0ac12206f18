package uk.nhs.leaguetables.nhsedata.domain;

import java.util.List;

/**
 * A trust data file as read and checked.
 *
 * @param rowCount how many data rows the file has
 * @param rows the rows that passed every rule (all of them when there are no errors)
 * @param issues the first findings, in row order
 * @param errorCount how many errors there are in all (any error stops the import)
 */
public record ParsedTrustData(int rowCount, List<TrustDataRow> rows, List<ImportIssue> issues, int errorCount) {

	public ParsedTrustData {
		rows = List.copyOf(rows);
		issues = List.copyOf(issues);
	}

}
