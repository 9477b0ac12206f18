package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns the engine's double scores into the decimals it publishes. Scores are computed in
 * doubles and read as decimals to 12 places, round(score × 10¹²) / 10¹², before any
 * published rounding, so that a score that is exactly 2.125 in decimal arithmetic rounds
 * half-up to 2.13 even when binary arithmetic produced 2.1249999999999996 (§3, §4).
 */
public final class ScoreDecimals {

	private static final int INTERNAL_PLACES = 12;

	private static final double INTERNAL_SCALE = 1e12;

	/** 10⁻¹² units in a hundredth: a 2-place figure is a whole number of these. */
	public static final long INTERNAL_UNITS_PER_HUNDREDTH = 10_000_000_000L;

	/**
	 * Below this many units a score converts exactly to a long; any score from 1 to 4 is
	 * far below.
	 */
	private static final double EXACT_UNITS = 0x1p53;

	private static final int PUBLISHED_PLACES = 2;

	private ScoreDecimals() {
	}

	/** The score as a decimal to 12 places: the precision averages are computed from. */
	public static BigDecimal internal(double score) {
		if (Math.abs(score * INTERNAL_SCALE) < EXACT_UNITS) {
			return fromUnits(internalUnits(score));
		}
		// Only an unbounded CONTINUOUS figure in an explanation gets this far from 1–4.
		return BigDecimal.valueOf(score).setScale(INTERNAL_PLACES, RoundingMode.HALF_UP);
	}

	/**
	 * The same decimal as a whole number of 10⁻¹² units, round(score × 10¹²), so that
	 * sums of scores stay exact in long arithmetic (§9 sums ten million of them).
	 */
	public static long internalUnits(double score) {
		return Math.round(score * INTERNAL_SCALE);
	}

	/**
	 * The decimal of a whole number of 10⁻¹² units, such as a sum of
	 * {@link #internalUnits}.
	 */
	public static BigDecimal fromUnits(long units) {
		return BigDecimal.valueOf(units, INTERNAL_PLACES);
	}

	/** The score as published: 2 decimal places, half-up. */
	public static BigDecimal published(double score) {
		return internal(score).setScale(PUBLISHED_PLACES, RoundingMode.HALF_UP);
	}

	/**
	 * The published mean of {@code count} scores whose exact decimal sum is {@code sum}:
	 * 2 places, half-up (§4).
	 */
	public static BigDecimal publishedMean(BigDecimal sum, int count) {
		return sum.divide(BigDecimal.valueOf(count), PUBLISHED_PLACES, RoundingMode.HALF_UP);
	}

}
