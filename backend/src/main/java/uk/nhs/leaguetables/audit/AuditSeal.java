package uk.nhs.leaguetables.audit;

/**
 * The seal of one audit entry.
 *
 * @param keyId the id of the key that sealed it
 * @param mac the HMAC-SHA256 of the entry's number and hash under that key, hex
 */
public record AuditSeal(String keyId, String mac) {
}
