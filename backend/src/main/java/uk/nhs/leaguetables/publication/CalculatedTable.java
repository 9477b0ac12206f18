package uk.nhs.leaguetables.publication;

import java.time.OffsetDateTime;

import uk.nhs.leaguetables.organisation.League;

/**
 * A computed table as publication sees it: whether it is still a draft, who prepared it
 * and when, and its digests.
 */
record CalculatedTable(long id, String periodCode, League league, boolean draft, String status, String preparedBy,
		OffsetDateTime preparedAt, String inputDigest, String outputDigest) {
}
