package uk.nhs.leaguetables.nhsedata;

import java.util.List;

import uk.nhs.leaguetables.nhsedata.domain.ImportIssue;

/**
 * What the checks of an import found, like a submission's validation report: an import
 * with any error stores nothing.
 *
 * @param rowCount how many data rows the file has
 * @param errorCount how many errors there are in all
 * @param warningCount how many warnings the created submissions' reports hold (they are
 * acknowledged when a submission is accepted)
 * @param issues the first findings: the file's own, or those of the submission pipeline
 * (rows numbered as in the file)
 */
public record ImportReport(int rowCount, int errorCount, int warningCount, List<ImportIssue> issues) {

	public ImportReport {
		issues = List.copyOf(issues);
	}

	public boolean succeeded() {
		return errorCount == 0;
	}

}
