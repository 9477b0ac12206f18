package uk.nhs.leaguetables.scoring.rules;

/**
 * The scores a ranked group is spread over, best first: its best-placed member scores
 * {@code best}, its worst-placed {@code worst} (§3, TARGET_THEN_RANKED).
 */
public record ScoreRange(double best, double worst) {

	public ScoreRange {
		ScoreScale.require(best, "best score of a range");
		ScoreScale.require(worst, "worst score of a range");
		if (best > worst) {
			throw new IllegalArgumentException("a score range runs from best to worst, got " + best + " to " + worst);
		}
	}

	/** The score of position {@code position} (1 = best) of {@code count}. */
	public double at(double position, int count) {
		return count == 1 ? best : best + (worst - best) * (position - 1) / (count - 1);
	}

}
