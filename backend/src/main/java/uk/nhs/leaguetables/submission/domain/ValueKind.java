package uk.nhs.leaguetables.submission.domain;

/** What a metric's row must carry, which follows from how the metric is scored. */
public enum ValueKind {

	/**
	 * A number, or a numerator and denominator (CONTINUOUS, RANKED, TARGET_THEN_RANKED
	 * and THRESHOLD scoring).
	 */
	NUMBER,

	/** A category such as a CQC rating (CATEGORY scoring). */
	CATEGORY,

	/** The score itself with its justification (MANUAL scoring). */
	MANUAL_SCORE;

	/** The kind a metric scored by the named method (e.g. {@code RANKED}) takes. */
	public static ValueKind forScoringMethod(String scoringMethod) {
		return switch (scoringMethod) {
			case "CATEGORY" -> CATEGORY;
			case "MANUAL" -> MANUAL_SCORE;
			default -> NUMBER;
		};
	}

}
