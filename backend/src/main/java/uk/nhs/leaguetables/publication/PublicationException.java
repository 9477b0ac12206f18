package uk.nhs.leaguetables.publication;

/**
 * A publication step that is not allowed, with the reason in words the user can act on.
 */
public class PublicationException extends RuntimeException {

	public PublicationException(String message) {
		super(message);
	}

}
