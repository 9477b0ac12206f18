package uk.nhs.leaguetables.platform.database;

/**
 * Something anonymous clients can read changed in PostgreSQL, on this instance or on
 * another one, or this instance lost its connection and may have missed such a change.
 *
 * @param source the table that changed, or why the change is assumed
 */
public record PublicDataChanged(String source) {
}
