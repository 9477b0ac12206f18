package uk.nhs.leaguetables.leaguetable;

import java.time.OffsetDateTime;

import uk.nhs.leaguetables.organisation.League;

/** The latest computed, not yet published table of a period: the preview staff review. */
public record DraftTable(String period, League league, long calculationId, String frameworkVersion, String computedBy,
		OffsetDateTime computedAt, String inputDigest, String outputDigest) {
}
