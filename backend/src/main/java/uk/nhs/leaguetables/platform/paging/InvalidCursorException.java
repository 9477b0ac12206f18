package uk.nhs.leaguetables.platform.paging;

/**
 * A client sent an {@code after} cursor that this service did not issue (or issued for
 * another ordering).
 */
public class InvalidCursorException extends IllegalArgumentException {

	public InvalidCursorException(String cursor) {
		super("Invalid cursor '" + abbreviate(cursor) + "': pass the endCursor of a previous page of the same query");
	}

	private static String abbreviate(String cursor) {
		return (cursor.length() > 40) ? cursor.substring(0, 40) + "…" : cursor;
	}

}
