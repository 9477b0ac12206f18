package uk.nhs.leaguetables.scoring.result;

/**
 * The values a CONTINUOUS metric's scale runs between (§3): {@code best} scores 1.00 and
 * {@code worst} 4.00.
 */
public record ContinuousScale(double best, double worst) {
}
