package uk.nhs.leaguetables.submission;

/**
 * A submission operation that cannot be carried out, with the reason in words the user
 * can act on.
 */
public class SubmissionException extends RuntimeException {

	public SubmissionException(String message) {
		super(message);
	}

}
