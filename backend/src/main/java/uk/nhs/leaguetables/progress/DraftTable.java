package uk.nhs.leaguetables.progress;

import java.time.OffsetDateTime;

import uk.nhs.leaguetables.organisation.League;

/**
 * A computed table waiting for approval, with what an approver confirms: its size and
 * digests.
 *
 * @param calculationId the calculation's number
 * @param periodCode the quarter
 * @param league the league
 * @param frameworkCode the framework version it was computed under
 * @param computedBy who computed (prepared) it
 * @param computedAt when
 * @param rowCount how many organisations it has a row for
 * @param inputDigest SHA-256 of its inputs
 * @param outputDigest SHA-256 of its numbers
 */
public record DraftTable(long calculationId, String periodCode, League league, String frameworkCode, String computedBy,
		OffsetDateTime computedAt, int rowCount, String inputDigest, String outputDigest) {
}
