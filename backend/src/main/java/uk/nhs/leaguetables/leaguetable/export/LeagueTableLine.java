package uk.nhs.leaguetables.leaguetable.export;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's line of the league table layout. Score, segment, rank and ranges are
 * null for an organisation that was not segmented.
 *
 * @param supportSegment the final segment score override (OF5005): 5 in the Recovery
 * Support Programme, otherwise the segment; null when not segmented
 */
record LeagueTableLine(TrustColumns trust, @Nullable BigDecimal averageScore, @Nullable BigDecimal likelyScoreLow,
		@Nullable BigDecimal likelyScoreHigh, @Nullable Integer segment, boolean inDeficit, @Nullable Integer rank,
		@Nullable Integer likelyRankBest, @Nullable Integer likelyRankWorst, boolean recoverySupport,
		@Nullable Integer supportSegment, @Nullable BigDecimal cutOff1, @Nullable BigDecimal cutOff2,
		@Nullable BigDecimal cutOff3) {
}
