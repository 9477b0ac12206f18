package uk.nhs.leaguetables.scoring.rules;

/**
 * One cut-off of a THRESHOLD metric: a value at least as good as {@code cutOff} (equal
 * counts only when {@link Boundary#INCLUSIVE}) scores {@code score}. "At least as good"
 * follows the metric's direction (§3).
 */
public record ThresholdBand(double cutOff, Boundary boundary, double score) {

	public ThresholdBand {
		Checks.requireFinite(cutOff, "cut-off");
		ScoreScale.require(score, "threshold score");
	}

}
