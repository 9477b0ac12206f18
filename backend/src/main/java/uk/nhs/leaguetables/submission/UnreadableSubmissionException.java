package uk.nhs.leaguetables.submission;

/** The content cannot be read as the format it claims to be; nothing of it is stored. */
public class UnreadableSubmissionException extends RuntimeException {

	public UnreadableSubmissionException(String message, Throwable cause) {
		super(message, cause);
	}

}
