package uk.nhs.leaguetables.progress;

/**
 * One change an adjustment made to an organisation's segment (methodology section 6).
 *
 * @param kind financial override, recovery support or manual override
 * @param fromSegment the segment before
 * @param toSegment the segment after
 * @param reason why
 */
public record ResultAdjustment(String kind, int fromSegment, int toSegment, String reason) {
}
