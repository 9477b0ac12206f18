package uk.nhs.leaguetables.scoring.rules;

/**
 * CONTINUOUS outlier caps (§3): the scale runs between these percentiles (0–100) of the
 * peer values instead of the minimum and maximum; values beyond them score 1.00 or 4.00.
 */
public record PercentileCaps(double lowerPercentile, double upperPercentile) {

	public PercentileCaps {
		if (!(0 <= lowerPercentile && lowerPercentile < upperPercentile && upperPercentile <= 100)) {
			throw new IllegalArgumentException(
					"percentile caps need 0 <= lower < upper <= 100, got " + lowerPercentile + ", " + upperPercentile);
		}
	}

}
