package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The 95% likely range of the average score and of the league rank (§9), from a bootstrap
 * over the organisation's scored items in which each replicate is scored, segmented,
 * adjusted and ranked exactly as the table is. Never changes the official segment or
 * rank.
 *
 * @param lowestScore 2.5th percentile of the replicate averages, 2 places half-up
 * @param highestScore 97.5th percentile of the replicate averages, 2 places half-up
 * @param bestRank 2.5th percentile of the replicate league ranks, rounded down;
 * {@code null} when not segmented
 * @param worstRank 97.5th percentile of the replicate league ranks, rounded up;
 * {@code null} when not segmented
 * @param segmentDistinctFromNeighbours whether the whole score range lies inside the
 * score segment's band (above the better segment's cut-off and at or below its own): its
 * segment then differs from both neighbouring segments with confidence. Always
 * {@code false} when not segmented
 */
public record LikelyRange(BigDecimal lowestScore, BigDecimal highestScore, @Nullable Integer bestRank,
		@Nullable Integer worstRank, boolean segmentDistinctFromNeighbours) {
}
