package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the synthetic values of a metric spread across trusts: a typical value, moved by a
 * standard normal score either additively (typical + spread x score) or multiplicatively
 * (typical x e^(spread x score), for skewed measures such as counts relative to a
 * threshold), then clamped to a plausible range and rounded.
 */
record Spread(double typical, double spread, boolean multiplicative, double lowest, double highest, int decimals) {

	static Spread additive(double typical, double spread, double lowest, double highest) {
		return new Spread(typical, spread, false, lowest, highest, 2);
	}

	static Spread multiplicative(double typical, double spread, double lowest, double highest) {
		return new Spread(typical, spread, true, lowest, highest, 2);
	}

	/** Whole numbers, such as infection cases. */
	static Spread count(double typical, double spread, double lowest, double highest) {
		return new Spread(typical, spread, false, lowest, highest, 0);
	}

	/**
	 * @param score standard normal; positive moves the value up
	 */
	BigDecimal value(double score) {
		double raw = multiplicative ? typical * StrictMath.exp(spread * score) : typical + spread * score;
		double clamped = Math.min(highest, Math.max(lowest, raw));
		return BigDecimal.valueOf(clamped).setScale(decimals, RoundingMode.HALF_UP);
	}

}
