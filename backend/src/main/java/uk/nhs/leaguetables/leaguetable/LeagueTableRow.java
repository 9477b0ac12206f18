package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's row of a league table (methodology sections 4 to 9). Rank and
 * segment are null for an organisation that was not segmented, which then has a reason.
 *
 * @param supportSegment NHS England's final segment score override (OF5005): 5 in the
 * Recovery Support Programme, otherwise the segment
 */
public record LeagueTableRow(long calculationId, String period, String organisationCode, @Nullable Integer rank,
		@Nullable Integer rankByAverageScore, @Nullable Integer segment, @Nullable Integer scoreSegment,
		@Nullable BigDecimal averageScore, int scoredItemCount, @Nullable BigDecimal likelyScoreLow,
		@Nullable BigDecimal likelyScoreHigh, @Nullable Integer likelyRankBest, @Nullable Integer likelyRankWorst,
		@Nullable BigDecimal distanceToNextSegment, @Nullable String notSegmentedReason, boolean inDeficit,
		boolean recoverySupport, @Nullable Integer supportSegment, @Nullable Integer segmentChange,
		@Nullable Integer rankChange, String explanation) {

	/** Which organisation in which computed table: the key of its metric scores. */
	public ResultKey key() {
		return new ResultKey(calculationId, organisationCode);
	}

	/** An organisation's row in one computed table. */
	public record ResultKey(long calculationId, String organisationCode) {
	}

}
