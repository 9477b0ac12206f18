package uk.nhs.leaguetables.platform.tabular;

/**
 * The content cannot be read as the format it claims to be, with the reason in words the
 * uploader can act on.
 */
public class UnreadableTableException extends RuntimeException {

	public UnreadableTableException(String message) {
		super(message);
	}

	public UnreadableTableException(String message, Throwable cause) {
		super(message, cause);
	}

}
