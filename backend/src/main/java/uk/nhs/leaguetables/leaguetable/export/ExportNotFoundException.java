package uk.nhs.leaguetables.leaguetable.export;

/**
 * A well-formed download request for a table that has not been published: answered with
 * 404 and what is missing.
 */
class ExportNotFoundException extends RuntimeException {

	ExportNotFoundException(String message) {
		super(message);
	}

}
