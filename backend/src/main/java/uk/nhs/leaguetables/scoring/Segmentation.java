package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.result.Adjustment;
import uk.nhs.leaguetables.scoring.result.AdjustmentKind;
import uk.nhs.leaguetables.scoring.result.DistanceToNextSegment;
import uk.nhs.leaguetables.scoring.result.DomainScore;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;
import uk.nhs.leaguetables.scoring.rules.Segments;

/**
 * The score segment from the average metric score (§5.1) and the distance to the next
 * better segment.
 */
final class Segmentation {

	private Segmentation() {
	}

	/**
	 * The cut-offs the league's averages are segmented with: the framework's for
	 * THRESHOLDS; for QUARTILE the lower quartile, median and upper quartile of the
	 * segmented organisations' rounded averages ({@code null} when there are none).
	 */
	static @Nullable SegmentCutOffs cutOffs(SegmentMethod method, List<BigDecimal> segmentedAverages) {
		return switch (method) {
			case SegmentMethod.Thresholds thresholds -> thresholds.cutOffs();
			case SegmentMethod.Quartile quartile -> segmentedAverages.isEmpty() ? null : quartiles(segmentedAverages);
			case SegmentMethod.PooledQuartiles pooled ->
				segmentedAverages.isEmpty() ? null : quartiles(segmentedAverages);
		};
	}

	static String label(SegmentMethod method) {
		return switch (method) {
			case SegmentMethod.Thresholds thresholds -> "THRESHOLDS";
			case SegmentMethod.Quartile quartile -> "QUARTILE";
			case SegmentMethod.PooledQuartiles pooled -> "POOLED_QUARTILES";
		};
	}

	/**
	 * §4: each domain score segmented with its domain's cut-offs, as the average is with
	 * the table's; a domain without cut-offs stays unsegmented.
	 */
	static List<DomainScore> segmentDomains(List<DomainScore> domains, Map<String, SegmentCutOffs> cutOffsByDomain) {
		return domains.stream().map(domain -> {
			SegmentCutOffs cutOffs = cutOffsByDomain.get(domain.domain());
			return cutOffs == null ? domain
					: domain.withSegment(scoreSegment(upperBounds(cutOffs), domain.averageScore().doubleValue()));
		}).toList();
	}

	/**
	 * The cut-offs as doubles, for {@link #scoreSegment}; 2- to 4-place decimals convert
	 * without changing order.
	 */
	static double[] upperBounds(SegmentCutOffs cutOffs) {
		return new double[] { cutOffs.segment1UpTo().doubleValue(), cutOffs.segment2UpTo().doubleValue(),
				cutOffs.segment3UpTo().doubleValue() };
	}

	/** §5.1: average ≤ t1 → 1, ≤ t2 → 2, ≤ t3 → 3, otherwise 4. */
	static int scoreSegment(double[] upperBounds, double average) {
		for (int segment = Segments.BEST; segment < Segments.WORST_BY_SCORE; segment++) {
			if (average <= upperBounds[segment - 1]) {
				return segment;
			}
		}
		return Segments.WORST_BY_SCORE;
	}

	/**
	 * How far the average is from the next better segment's cut-off ("how much it will
	 * need to improve by to move into a higher segment"); {@code null} in segment 1. When
	 * an adjustment keeps the final segment below what the score earns, the distance is
	 * zero or negative and the explanation names the adjustment.
	 */
	static @Nullable DistanceToNextSegment distanceToNextSegment(BigDecimal average, int scoreSegment,
			List<Adjustment> adjustments, int finalSegment, SegmentCutOffs cutOffs, boolean cutOffsMoveWithLeague) {
		if (finalSegment == Segments.BEST) {
			return null;
		}
		int betterSegment = finalSegment - 1;
		AdjustmentKind heldDownBy = finalSegment > scoreSegment ? lastChange(adjustments) : null;
		if (finalSegment == Segments.INTENSIVE_SUPPORT) {
			// Only a decision places an organisation in 5, so no cut-off leads to 4.
			AdjustmentKind decidedBy = heldDownBy == null ? AdjustmentKind.RECOVERY_SUPPORT : heldDownBy;
			return new DistanceToNextSegment(betterSegment, null, null, decidedBy,
					Explanations.segmentSetByDecision(decidedBy));
		}
		BigDecimal cutOff = cutOffs.upTo(betterSegment);
		BigDecimal improvementNeeded = average.subtract(cutOff);
		String explanation = heldDownBy == null
				? Explanations.distanceByScore(betterSegment, cutOff, improvementNeeded, cutOffsMoveWithLeague)
				: Explanations.distanceHeldByAdjustment(betterSegment, cutOff, average, heldDownBy, finalSegment);
		return new DistanceToNextSegment(betterSegment, cutOff, improvementNeeded, heldDownBy, explanation);
	}

	/**
	 * Quartile cut points computed on averages in hundredths: whole numbers whose type 7
	 * interpolation only ever takes quarters of a gap, so the double arithmetic is exact
	 * and the cut-offs are exact decimals (e.g. 2.2125).
	 */
	private static SegmentCutOffs quartiles(List<BigDecimal> averages) {
		double[] hundredths = averages.stream()
			.mapToDouble(average -> average.movePointRight(2).doubleValue())
			.sorted()
			.toArray();
		return new SegmentCutOffs(fromHundredths(PeerStatistics.quantile(hundredths, 0.25)),
				fromHundredths(PeerStatistics.quantile(hundredths, 0.5)),
				fromHundredths(PeerStatistics.quantile(hundredths, 0.75)));
	}

	private static BigDecimal fromHundredths(double hundredths) {
		BigDecimal cutOff = BigDecimal.valueOf(hundredths).movePointLeft(2).stripTrailingZeros();
		return cutOff.scale() < 2 ? cutOff.setScale(2) : cutOff;
	}

	private static @Nullable AdjustmentKind lastChange(List<Adjustment> adjustments) {
		AdjustmentKind last = null;
		for (Adjustment adjustment : adjustments) {
			if (adjustment.changedSegment()) {
				last = adjustment.kind();
			}
		}
		return last;
	}

}
