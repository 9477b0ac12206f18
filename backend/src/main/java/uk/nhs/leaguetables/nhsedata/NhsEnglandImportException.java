package uk.nhs.leaguetables.nhsedata;

/**
 * An import that cannot be attempted (say, for a league NHS England publishes no trust
 * data for), with the reason in words the user can act on.
 */
public class NhsEnglandImportException extends RuntimeException {

	public NhsEnglandImportException(String message) {
		super(message);
	}

}
