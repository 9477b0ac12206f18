package uk.nhs.leaguetables.scoring.rules;

/**
 * The methodology's segments: 1 (best) to 4 from the score, 5 only by an
 * intensive-support decision (§5).
 */
public final class Segments {

	public static final int BEST = 1;

	public static final int WORST_BY_SCORE = 4;

	public static final int INTENSIVE_SUPPORT = 5;

	private Segments() {
	}

	public static int require(int segment, String what) {
		if (segment < BEST || segment > INTENSIVE_SUPPORT) {
			throw new IllegalArgumentException(what + " must be a segment from 1 to 5, got " + segment);
		}
		return segment;
	}

}
