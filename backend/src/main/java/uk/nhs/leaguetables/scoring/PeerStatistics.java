package uk.nhs.leaguetables.scoring;

import uk.nhs.leaguetables.scoring.result.ValueStatistics;
import uk.nhs.leaguetables.scoring.rules.Direction;

/**
 * Quantiles and peer summaries (§3, §5.1, §9). One quantile definition serves every use:
 * linear interpolation between order statistics, Hyndman–Fan type 7, the same as Excel's
 * QUARTILE.INC / PERCENTILE.INC and R's default.
 */
final class PeerStatistics {

	private PeerStatistics() {
	}

	/**
	 * The {@code p}-quantile (0 ≤ p ≤ 1) of ascending values: with h = (n − 1) × p,
	 * x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]), counting from 0. A quantile that falls
	 * on an order statistic returns it exactly.
	 */
	static double quantile(double[] ascending, double p) {
		int below = orderStatisticBelow(ascending.length, p);
		double fraction = fraction(ascending.length, p);
		return fraction == 0 ? ascending[below] : interpolate(ascending[below], ascending[below + 1], fraction);
	}

	/**
	 * The same quantile of values in any order, found by selection in O(n) instead of a
	 * sort; reorders the values. Used where a quantile of each of many large arrays is
	 * needed (§9).
	 */
	static double quantileInPlace(double[] values, double p) {
		int below = orderStatisticBelow(values.length, p);
		double fraction = fraction(values.length, p);
		double lower = select(values, below);
		if (fraction == 0) {
			return lower;
		}
		// Selection leaves every value after `below` at least as large:
		// the next order statistic is their minimum.
		double upper = values[below + 1];
		for (int i = below + 2; i < values.length; i++) {
			upper = Math.min(upper, values[i]);
		}
		return interpolate(lower, upper, fraction);
	}

	static ValueStatistics summarise(double[] ascending, Direction direction) {
		double lowest = ascending[0];
		double highest = ascending[ascending.length - 1];
		boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
		return new ValueStatistics(higherIsBetter ? highest : lowest, higherIsBetter ? lowest : highest,
				quantile(ascending, 0.5), quantile(ascending, 0.25), quantile(ascending, 0.75));
	}

	private static int orderStatisticBelow(int count, double p) {
		if (count == 0) {
			throw new IllegalArgumentException("no values to take a quantile of");
		}
		return (int) Math.floor((count - 1) * p);
	}

	private static double fraction(int count, double p) {
		double h = (count - 1) * p;
		return h - Math.floor(h);
	}

	private static double interpolate(double lower, double upper, double fraction) {
		return lower + fraction * (upper - lower);
	}

	/**
	 * Puts the k-th smallest value (from 0) at position k, smaller or equal values before
	 * it and larger or equal ones after it, and returns it (Hoare's selection, as given
	 * by Wirth).
	 */
	private static double select(double[] values, int k) {
		int left = 0;
		int right = values.length - 1;
		while (left < right) {
			double pivot = values[k];
			int i = left;
			int j = right;
			do {
				while (values[i] < pivot) {
					i++;
				}
				while (pivot < values[j]) {
					j--;
				}
				if (i <= j) {
					double swapped = values[i];
					values[i] = values[j];
					values[j] = swapped;
					i++;
					j--;
				}
			}
			while (i <= j);
			if (j < k) {
				left = i;
			}
			if (k < i) {
				right = j;
			}
		}
		return values[k];
	}

}
