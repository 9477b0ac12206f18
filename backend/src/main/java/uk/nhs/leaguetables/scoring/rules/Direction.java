package uk.nhs.leaguetables.scoring.rules;

/** Which way a metric's values improve (methodology §1). */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/**
	 * A key that sorts values best first: ascending keys run from the best value to the
	 * worst.
	 */
	public double bestFirstKey(double value) {
		// 0.0 - value rather than -value so that a value of 0.0 never becomes -0.0.
		return this == HIGHER_IS_BETTER ? 0.0 - value : value;
	}

}
