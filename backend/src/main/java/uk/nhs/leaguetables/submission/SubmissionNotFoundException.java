package uk.nhs.leaguetables.submission;

/**
 * A submission that does not exist or that the signed-in account may not see: the two are
 * told apart nowhere, so that a submission's existence is not revealed to an account of
 * another organisation.
 */
public class SubmissionNotFoundException extends SubmissionException {

	public SubmissionNotFoundException(long submissionId) {
		super("There is no submission #" + submissionId);
	}

}
