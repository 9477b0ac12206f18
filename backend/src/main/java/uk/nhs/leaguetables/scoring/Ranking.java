package uk.nhs.leaguetables.scoring;

import java.util.Arrays;

import uk.nhs.leaguetables.scoring.rules.Segments;

/**
 * Ranks where a lower key is better: metric ranks and RANKED positions over any values
 * (§3), league ranks over the small integer keys of league rows (§6), also for every
 * bootstrap replicate (§9).
 */
final class Ranking {

	/**
	 * An average metric score in hundredths lies in [100, 400], so segment × 1000 keeps
	 * segments apart.
	 */
	private static final int SEGMENT_WEIGHT = 1000;

	/** Every league key is below this. */
	static final int LEAGUE_KEY_LIMIT = (Segments.INTENSIVE_SUPPORT + 1) * SEGMENT_WEIGHT;

	private Ranking() {
	}

	/**
	 * The key of a league row (§6): final segment first, then the rounded average metric
	 * score, lower better.
	 */
	static int leagueKey(int finalSegment, int averageHundredths) {
		return finalSegment * SEGMENT_WEIGHT + averageHundredths;
	}

	/**
	 * Competition ranking: ties share the best rank and the next rank skips (1, 2, 2, 4).
	 * Sorts a copy and searches it, O(n log n).
	 */
	static int[] competitionRanks(double[] keys) {
		double[] ascending = sortedCopy(keys);
		int[] ranks = new int[keys.length];
		for (int i = 0; i < keys.length; i++) {
			ranks[i] = 1 + countBelow(ascending, keys[i]);
		}
		return ranks;
	}

	/**
	 * Competition ranking of league keys by counting, O(n) with no sort: fills
	 * {@code ranks} and uses {@code counts} (at least {@link #LEAGUE_KEY_LIMIT} long) as
	 * scratch.
	 */
	static void competitionRanksOfLeagueKeys(int[] keys, int[] ranks, int[] counts) {
		Arrays.fill(counts, 0);
		for (int key : keys) {
			counts[key]++;
		}
		int below = 0;
		for (int key = 0; key < counts.length; key++) {
			int tied = counts[key];
			counts[key] = below;
			below += tied;
		}
		for (int i = 0; i < keys.length; i++) {
			ranks[i] = 1 + counts[keys[i]];
		}
	}

	/**
	 * Each key's position 1 … n, tied keys taking the mean of the positions they occupy
	 * (2.5 for 2nd and 3rd).
	 */
	static double[] meanPositions(double[] keys) {
		double[] ascending = sortedCopy(keys);
		double[] positions = new double[keys.length];
		for (int i = 0; i < keys.length; i++) {
			int first = 1 + countBelow(ascending, keys[i]);
			int last = countBelow(ascending, Math.nextUp(keys[i]));
			positions[i] = (first + last) / 2.0;
		}
		return positions;
	}

	/**
	 * How many of the ascending values are strictly below {@code key}; 1 + this is the
	 * key's competition rank.
	 */
	static int countBelow(double[] ascending, double key) {
		int low = 0;
		int high = ascending.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending[middle] < key) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static double[] sortedCopy(double[] keys) {
		double[] ascending = keys.clone();
		Arrays.sort(ascending);
		return ascending;
	}

}
