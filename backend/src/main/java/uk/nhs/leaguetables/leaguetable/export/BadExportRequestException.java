package uk.nhs.leaguetables.leaguetable.export;

/** A download request that names no possible table: answered with 400 and the reason. */
class BadExportRequestException extends RuntimeException {

	BadExportRequestException(String message) {
		super(message);
	}

}
