package uk.nhs.leaguetables.submission;

import java.util.List;

import uk.nhs.leaguetables.submission.domain.ValidationIssue;

/**
 * The outcome of validating (or deciding) a submission.
 *
 * @param submissionId the submission's number
 * @param status VALIDATED, ACCEPTED or REJECTED
 * @param rowCount how many data rows it had
 * @param errorCount how many errors the report lists (errors block acceptance)
 * @param warningCount how many warnings (they need acknowledging before acceptance)
 * @param alreadyLoaded whether this exact file had been loaded for the period before, in
 * which case nothing was done
 * @param issues the first issues of the report (the whole report is downloadable)
 * @param deficitSupport the deficit-support flags it carries, by organisation
 */
public record SubmissionReport(long submissionId, String status, int rowCount, int errorCount, int warningCount,
		boolean alreadyLoaded, List<ValidationIssue> issues, List<DeficitSupportFlag> deficitSupport) {

	public SubmissionReport {
		issues = List.copyOf(issues);
		deficitSupport = List.copyOf(deficitSupport);
	}

}
