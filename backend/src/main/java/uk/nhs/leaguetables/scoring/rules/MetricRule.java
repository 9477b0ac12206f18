package uk.nhs.leaguetables.scoring.rules;

import org.jspecify.annotations.Nullable;

/**
 * One scored metric of the catalogue (§1, §3). {@code scoredItemCode} names the scored
 * item the metric's score counts towards: usually its own score id (e.g. OF1023 for
 * OF0023), or a composite item shared with other metrics (e.g. OF1080, combined finance),
 * whose score combines its members' scores. Contextual metrics are not in the rules.
 *
 * @param peerPool whom the metric ranks against
 * @param caveat what about the metric's rule is an assumption rather than NHS England's
 * published method, shown with every explanation of its scores; {@code null} when none
 */
public record MetricRule(String code, String name, String domain, String unit, Direction direction,
		ScoringMethod method, String scoredItemCode, PeerPool peerPool, @Nullable String caveat) {

	/** A metric ranked within its own league, with no caveat. */
	public MetricRule(String code, String name, String domain, String unit, Direction direction, ScoringMethod method,
			String scoredItemCode) {
		this(code, name, domain, unit, direction, method, scoredItemCode, new PeerPool.OwnLeague(), null);
	}

	public MetricRule {
		Checks.requireText(code, "metric code");
		Checks.requireText(name, "metric name");
		Checks.requireText(domain, "domain");
		Checks.requireText(scoredItemCode, "scored item code");
		if (method instanceof ScoringMethod.Threshold threshold) {
			requireBandsBestFirst(code, direction, threshold);
		}
	}

	private static void requireBandsBestFirst(String code, Direction direction, ScoringMethod.Threshold threshold) {
		double previousKey = Double.NEGATIVE_INFINITY;
		for (ThresholdBand band : threshold.bands()) {
			double key = direction.bestFirstKey(band.cutOff());
			if (key <= previousKey) {
				throw new IllegalArgumentException(
						"THRESHOLD cut-offs of " + code + " must run strictly from best to worst for " + direction);
			}
			previousKey = key;
		}
	}

}
