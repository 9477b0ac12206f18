package uk.nhs.leaguetables.publication;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/**
 * One published revision of one league table: who prepared it, who approved it, when, and
 * the digests that pin its inputs and its numbers.
 */
public record Publication(long id, String periodCode, League league, int revision, long calculationId,
		String preparedBy, OffsetDateTime preparedAt, String approvedBy, OffsetDateTime approvedAt,
		OffsetDateTime publishedAt, String inputDigest, String outputDigest, @Nullable String correctionReason) {
}
