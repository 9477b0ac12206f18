package uk.nhs.leaguetables.submission.domain;

/** What a metric's row must carry, which follows from how the metric is scored. */
public enum ValueKind {

	/**
	 * A number, or a numerator and denominator (CONTINUOUS, RANKED and THRESHOLD
	 * scoring).
	 */
	NUMBER,

	/** A category such as a CQC rating (CATEGORY scoring). */
	CATEGORY,

	/** The score itself with its justification (MANUAL scoring). */
	MANUAL_SCORE

}
