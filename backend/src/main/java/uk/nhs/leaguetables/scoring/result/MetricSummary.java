package uk.nhs.leaguetables.scoring.result;

import org.jspecify.annotations.Nullable;

/**
 * One metric across the league (§3).
 *
 * @param peerCount organisations with an observation for the metric
 * @param values statistics of the peer values; {@code null} for CATEGORY and MANUAL
 * metrics, which have no numeric value (their ranks order the scores), and when there are
 * no peers
 * @param continuousScale the scale of a CONTINUOUS metric; {@code null} for other methods
 * and when there are no peers
 */
public record MetricSummary(String metricCode, String name, String domain, String unit, String method, int peerCount,
		@Nullable ValueStatistics values, @Nullable ContinuousScale continuousScale) {
}
