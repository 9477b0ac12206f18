package uk.nhs.leaguetables.calculation;

import java.time.OffsetDateTime;

import uk.nhs.leaguetables.organisation.League;

/**
 * A computed league table as stored.
 *
 * @param id the calculation's number
 * @param periodCode the quarter
 * @param league the league
 * @param frameworkCode the framework version it was computed under
 * @param computedAt when; the inputs are the values accepted up to this moment
 * @param computedBy who computed it
 * @param inputDigest SHA-256 of the engine's canonical inputs
 * @param outputDigest SHA-256 of the stored results
 */
public record StoredCalculation(long id, String periodCode, League league, String frameworkCode,
		OffsetDateTime computedAt, String computedBy, String inputDigest, String outputDigest) {
}
