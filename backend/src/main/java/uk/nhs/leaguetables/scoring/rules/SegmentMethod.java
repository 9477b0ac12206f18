package uk.nhs.leaguetables.scoring.rules;

/** How the average metric score becomes a score segment (§5.1). */
public sealed interface SegmentMethod {

	/**
	 * Quartiles of the league's rounded averages ("averaged and quartiled", 2025/26 Q1):
	 * lowest quarter → 1.
	 */
	record Quartile() implements SegmentMethod {
	}

	/**
	 * Quartiles of the rounded averages of every organisation of every league scored
	 * together, recomputed each quarter (NOF 2025/26: the acute, non-acute and ambulance
	 * leagues share the cut-offs, §5.1): lowest quarter → 1.
	 */
	record PooledQuartiles() implements SegmentMethod {
	}

	/**
	 * Fixed cut-offs shared by every league ("defined thresholds", 2026/27). The 2025/26
	 * seed uses 2.10, 2.35 and 2.70, read off published tables because NHS England does
	 * not publish the exact values.
	 */
	record Thresholds(SegmentCutOffs cutOffs) implements SegmentMethod {

		public Thresholds {
			if (cutOffs.segment1UpTo().compareTo(cutOffs.segment2UpTo()) >= 0
					|| cutOffs.segment2UpTo().compareTo(cutOffs.segment3UpTo()) >= 0) {
				throw new IllegalArgumentException("THRESHOLDS need t1 < t2 < t3, got " + cutOffs);
			}
		}

	}

}
