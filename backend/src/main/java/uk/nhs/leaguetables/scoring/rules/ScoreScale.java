package uk.nhs.leaguetables.scoring.rules;

/** The methodology's fixed score scale: 1.00 best to 4.00 worst (§3). */
public final class ScoreScale {

	public static final double BEST = 1.0;

	public static final double WORST = 4.0;

	private ScoreScale() {
	}

	public static double require(double score, String what) {
		if (!(BEST <= score && score <= WORST)) {
			throw new IllegalArgumentException(what + " must be within [1.00, 4.00], got " + score);
		}
		return score;
	}

}
