package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * "How much it will need to improve by to move into a higher segment": the distance from
 * the average metric score to the cut-off of the next better segment, measured against
 * this period's cut-offs (under QUARTILE those would themselves move).
 *
 * @param betterSegment the segment one above the final segment
 * @param cutOff the highest average that segment admits; {@code null} when the better
 * segment is 4, which has no cut-off to reach because only an adjustment keeps the
 * organisation in 5
 * @param improvementNeeded average − cut-off: lowering the average by this much puts the
 * score at the cut-off. Zero or negative when the score already qualifies and an
 * adjustment holds the organisation down; {@code null} with the cut-off
 * @param heldDownBy the adjustment that keeps the final segment below what the score
 * earns, or {@code null}
 */
public record DistanceToNextSegment(int betterSegment, @Nullable BigDecimal cutOff,
		@Nullable BigDecimal improvementNeeded, @Nullable AdjustmentKind heldDownBy, String explanation) {
}
