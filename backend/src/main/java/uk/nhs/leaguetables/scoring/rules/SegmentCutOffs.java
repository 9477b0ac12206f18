package uk.nhs.leaguetables.scoring.rules;

import java.math.BigDecimal;

/**
 * The highest average metric score of each of segments 1 to 3 (§5.1): average ≤
 * segment1UpTo → 1, ≤ segment2UpTo → 2, ≤ segment3UpTo → 3, otherwise 4. Fixed by the
 * framework for THRESHOLDS; the league's quartiles for QUARTILE, where tied averages can
 * make cut-offs equal.
 */
public record SegmentCutOffs(BigDecimal segment1UpTo, BigDecimal segment2UpTo, BigDecimal segment3UpTo) {

	public SegmentCutOffs {
		if (segment1UpTo.compareTo(segment2UpTo) > 0 || segment2UpTo.compareTo(segment3UpTo) > 0) {
			throw new IllegalArgumentException(
					"segment cut-offs must not decrease: " + segment1UpTo + ", " + segment2UpTo + ", " + segment3UpTo);
		}
	}

	/**
	 * The highest average that still places an organisation in {@code segment} (1 to 3).
	 */
	public BigDecimal upTo(int segment) {
		return switch (segment) {
			case 1 -> segment1UpTo;
			case 2 -> segment2UpTo;
			case 3 -> segment3UpTo;
			default -> throw new IllegalArgumentException("only segments 1 to 3 have an upper cut-off: " + segment);
		};
	}

}
