package uk.nhs.leaguetables.leaguetable;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/**
 * One published revision of a league table: what it is, who prepared and approved it (by
 * display name, never login name: the table is public), and its digests.
 */
public record PublishedTable(String period, League league, int revision, long calculationId, String frameworkVersion,
		String preparedBy, String approvedBy, OffsetDateTime publishedAt, String inputDigest, String outputDigest,
		@Nullable String correctionReason) {
}
