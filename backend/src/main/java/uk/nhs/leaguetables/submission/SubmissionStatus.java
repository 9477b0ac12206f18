package uk.nhs.leaguetables.submission;

/**
 * Where a submission stands: validated and waiting for a decision, accepted into the
 * period's data, or rejected.
 */
public enum SubmissionStatus {

	VALIDATED, ACCEPTED, REJECTED

}
