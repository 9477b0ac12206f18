package uk.nhs.leaguetables.scoring.result;

import org.jspecify.annotations.Nullable;

/**
 * One metric across its peer pool (§3).
 *
 * @param peerCount organisations of the pool with an observation for the metric
 * @param values statistics of the peer values; {@code null} for CATEGORY and MANUAL
 * metrics, which have no numeric value (their ranks order the scores), and when there are
 * no peers
 * @param continuousScale the scale of a CONTINUOUS metric; {@code null} for other methods
 * and when there are no peers
 * @param peerPool the pool's label, e.g. {@code LEAGUE} or {@code ALL}
 */
public record MetricSummary(String metricCode, String name, String domain, String unit, String method, int peerCount,
		@Nullable ValueStatistics values, @Nullable ContinuousScale continuousScale, String peerPool) {

	/** A metric ranked within its league. */
	public MetricSummary(String metricCode, String name, String domain, String unit, String method, int peerCount,
			@Nullable ValueStatistics values, @Nullable ContinuousScale continuousScale) {
		this(metricCode, name, domain, unit, method, peerCount, values, continuousScale, "LEAGUE");
	}

}
