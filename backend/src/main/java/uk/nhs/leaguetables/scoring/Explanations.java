package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.result.Adjustment;
import uk.nhs.leaguetables.scoring.result.AdjustmentKind;
import uk.nhs.leaguetables.scoring.result.ContinuousScale;
import uk.nhs.leaguetables.scoring.result.LikelyRange;
import uk.nhs.leaguetables.scoring.result.Movement;
import uk.nhs.leaguetables.scoring.result.ScoreDecimals;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.PercentileCaps;
import uk.nhs.leaguetables.scoring.rules.ScoreRange;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.Segments;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;

/**
 * The words of every published explanation (§8), so that each figure can be traced to its
 * arithmetic.
 */
final class Explanations {

	/**
	 * Values print with up to this many decimals: enough for percentages, rates and
	 * interpolated quartiles.
	 */
	private static final int VALUE_PLACES = 4;

	private Explanations() {
	}

	// Metric scores (§3)

	/** "92.1% is 3rd of 130", "Good is joint 2nd of 12". */
	static String standing(String observed, int rank, boolean tied, int peerCount) {
		return observed + " is " + (tied ? "joint " : "") + ordinal(rank) + " of " + peerCount;
	}

	static String withUnit(String number, String unit) {
		if (unit.isEmpty()) {
			return number;
		}
		return unit.equals("%") ? number + "%" : number + " " + unit;
	}

	/**
	 * The CONTINUOUS arithmetic of one metric, its scale formatted once for all the
	 * peers.
	 */
	record ContinuousFormula(ContinuousScale scale, String best, String worst, String capNote) {

		String explain(String value, double unbounded, double score) {
			if (scale.best() == scale.worst()) {
				return "CONTINUOUS: best and worst are both " + best + ", so every score is 1.00" + capNote;
			}
			String bound = unbounded == score ? "" : ", bounded to " + score(score);
			return "CONTINUOUS: 1 + 3 × (" + value + " − " + best + ") / (" + worst + " − " + best + ") = "
					+ score(unbounded) + bound + capNote;
		}

	}

	static ContinuousFormula continuousFormula(ContinuousScale scale, @Nullable PercentileCaps caps) {
		String capNote = caps == null ? "" : " (scale capped at the " + ordinalPercentile(caps.lowerPercentile())
				+ " and " + ordinalPercentile(caps.upperPercentile()) + " percentiles of the values)";
		return new ContinuousFormula(scale, operand(scale.best()), number(scale.worst()), capNote);
	}

	static String ranked(double position, int peerCount, double score) {
		if (peerCount == 1) {
			return "RANKED: the only peer scores 1.00";
		}
		return "RANKED: 1 + 3 × (" + number(position) + " − 1) / (" + peerCount + " − 1) = " + score(score);
	}

	static String thresholdReached(ThresholdBand band, Direction direction, double score) {
		return "THRESHOLD: " + cutOff(band, direction) + " scores " + score(score);
	}

	static String thresholdMissed(ThresholdBand last, Direction direction, double score) {
		return "THRESHOLD: short of every cut-off (the last is " + cutOff(last, direction) + "), scores "
				+ score(score);
	}

	static String targetThenRanked(boolean meets, ScoringMethod.TargetThenRanked target, int position, int count,
			double score) {
		ScoreRange range = meets ? target.meeting() : target.missing();
		String group = (meets ? "meets" : "misses") + " the standard of " + number(target.standard());
		if (range.best() == range.worst()) {
			return "TARGET_THEN_RANKED: " + group + ", scoring " + score(score);
		}
		return "TARGET_THEN_RANKED: " + group + ", " + ordinal(position) + " of " + count + " that do: "
				+ score(range.best()) + " + " + score(range.worst() - range.best()) + " × (" + position + " − 1) / ("
				+ count + " − 1) = " + score(score);
	}

	/** A rule that is an assumption says so wherever its scores are explained (§8). */
	static String caveat(@Nullable String caveat) {
		return caveat == null ? "" : " (caveat: " + caveat + ")";
	}

	static String assumedRules(List<String> metricCodes) {
		return "The scoring rules of " + String.join(", ", metricCodes)
				+ " are assumptions, not NHS England's published method: see each metric's caveat.";
	}

	static String category(String category, double score) {
		return "CATEGORY: " + category + " scores " + score(score);
	}

	static String manual(double score, String justification) {
		return "MANUAL: " + score(score) + " by decision: " + justification;
	}

	// Organisation rows (§4 to §9)

	static String average(BigDecimal average, BigDecimal itemScoreSum, int itemCount) {
		return "Average metric score " + average.toPlainString() + " = "
				+ itemScoreSum.setScale(2, RoundingMode.HALF_UP).toPlainString() + " / " + itemCount + " scored items.";
	}

	static String notSegmented(int itemCount, BigDecimal minimumCoverage, int leagueScoredItems) {
		if (itemCount == 0) {
			return "Not segmented: no scored items.";
		}
		BigDecimal minimum = minimumCoverage.multiply(BigDecimal.valueOf(leagueScoredItems)).stripTrailingZeros();
		return "Not segmented: " + itemCount + " scored items, fewer than the minimum of " + minimum.toPlainString()
				+ " (" + minimumCoverage.stripTrailingZeros().toPlainString() + " × " + leagueScoredItems
				+ " items scored in this league).";
	}

	static String scoreSegment(int segment, BigDecimal average, SegmentCutOffs cutOffs, String methodLabel) {
		String band;
		if (segment == Segments.BEST) {
			band = average.toPlainString() + " ≤ " + cutOffs.upTo(1).toPlainString();
		}
		else if (segment == Segments.WORST_BY_SCORE) {
			band = average.toPlainString() + " > " + cutOffs.upTo(3).toPlainString();
		}
		else {
			band = cutOffs.upTo(segment - 1).toPlainString() + " < " + average.toPlainString() + " ≤ "
					+ cutOffs.upTo(segment).toPlainString();
		}
		return "Score segment " + segment + " (" + methodLabel + " cut-offs " + cutOffs.upTo(1).toPlainString() + " / "
				+ cutOffs.upTo(2).toPlainString() + " / " + cutOffs.upTo(3).toPlainString() + ": " + band + ").";
	}

	static String adjustment(Adjustment adjustment) {
		String what = switch (adjustment.kind()) {
			case FINANCIAL_OVERRIDE -> "Financial override";
			case RECOVERY_SUPPORT -> "Recovery Support Programme";
			case MANUAL_OVERRIDE -> "Manual override";
		};
		String change = adjustment.changedSegment()
				? "segment " + adjustment.fromSegment() + " → " + adjustment.toSegment()
				: "segment stays " + adjustment.toSegment();
		return what + ": " + change + " (" + adjustment.reason() + ").";
	}

	static String placement(int finalSegment, int rank, int rankByAverage) {
		return "Final segment " + finalSegment + ", rank " + rank + " (rank by average score alone " + rankByAverage
				+ ").";
	}

	static String pooledCutOffs(List<String> leagues) {
		return "The cut-offs are the quartiles of the averages of every organisation of " + String.join(", ", leagues)
				+ " this quarter.";
	}

	static String distanceByScore(int betterSegment, BigDecimal cutOff, BigDecimal improvementNeeded,
			boolean cutOffsMoveWithLeague) {
		return "To move up to segment " + betterSegment + " the average must improve by "
				+ improvementNeeded.toPlainString() + ", to " + cutOff.toPlainString() + " or below"
				+ (cutOffsMoveWithLeague ? " (at this period's quartile cut-offs, which move every quarter)." : ".");
	}

	static String distanceHeldByAdjustment(int betterSegment, BigDecimal cutOff, BigDecimal average,
			AdjustmentKind heldDownBy, int finalSegment) {
		return "The score already qualifies for segment " + betterSegment + " (" + average.toPlainString() + " ≤ "
				+ cutOff.toPlainString() + "); the " + adjustmentName(heldDownBy) + " holds it in segment "
				+ finalSegment + ".";
	}

	static String segmentSetByDecision(AdjustmentKind decidedBy) {
		return "Segment 5 is set by the " + adjustmentName(decidedBy)
				+ ", not by the score: no score improvement moves it.";
	}

	static String movement(Movement movement) {
		return switch (movement) {
			case Movement.NewToLeague() -> "New to this league's table.";
			case Movement.SincePrevious since -> {
				var changes = new ArrayList<String>();
				if (since.segmentsUp() != null) {
					changes.add(change(since.segmentsUp(), "segment", "segments"));
				}
				if (since.placesUp() != null) {
					changes.add(change(since.placesUp(), "place", "places"));
				}
				yield changes.isEmpty() ? "No comparable segment or rank in the previous publication."
						: "Since the previous publication: " + String.join(" and ", changes) + ".";
			}
		};
	}

	static String likelyRange(LikelyRange range) {
		String ranks = range.bestRank() == null ? "" : ", rank " + range.bestRank() + " to " + range.worstRank();
		String confidence = range.bestRank() == null ? "" : range.segmentDistinctFromNeighbours()
				? "; the segment differs from its neighbours with confidence" : "; the range crosses a segment cut-off";
		return "Likely range (95%): score " + range.lowestScore().toPlainString() + " to "
				+ range.highestScore().toPlainString() + ranks + confidence + ".";
	}

	// Formatting

	/**
	 * A value as its shortest decimal, e.g. 92.1 or 98.0, rounded to 4 places when it has
	 * more.
	 */
	static String number(double value) {
		// Double.toString already gives the plain shortest decimal of most values,
		// without a BigDecimal.
		String shortest = Double.toString(value);
		if (shortest.indexOf('E') < 0 && shortest.length() - shortest.indexOf('.') - 1 <= VALUE_PLACES) {
			return shortest;
		}
		BigDecimal decimal = BigDecimal.valueOf(value);
		return (decimal.scale() > VALUE_PLACES ? decimal.setScale(VALUE_PLACES, RoundingMode.HALF_UP) : decimal)
			.toPlainString();
	}

	/**
	 * A value as the right-hand side of a subtraction: bracketed when negative, "(3.4 −
	 * (-2.0))".
	 */
	private static String operand(double value) {
		String number = number(value);
		return value < 0 ? "(" + number + ")" : number;
	}

	private static String change(int up, String singular, String plural) {
		if (up == 0) {
			return "same " + singular;
		}
		int size = Math.abs(up);
		return (up > 0 ? "up " : "down ") + size + " " + (size == 1 ? singular : plural);
	}

	private static String adjustmentName(AdjustmentKind kind) {
		return switch (kind) {
			case FINANCIAL_OVERRIDE -> "financial override";
			case RECOVERY_SUPPORT -> "Recovery Support Programme decision";
			case MANUAL_OVERRIDE -> "manual override";
		};
	}

	private static String score(double score) {
		return ScoreDecimals.published(score).toPlainString();
	}

	private static String cutOff(ThresholdBand band, Direction direction) {
		boolean inclusive = band.boundary() == Boundary.INCLUSIVE;
		String comparison = direction == Direction.HIGHER_IS_BETTER ? (inclusive ? "≥ " : "> ")
				: (inclusive ? "≤ " : "< ");
		return comparison + number(band.cutOff());
	}

	private static String ordinalPercentile(double percentile) {
		return percentile == Math.rint(percentile) ? ordinal((int) percentile) : number(percentile) + "th";
	}

	private static String ordinal(int n) {
		int lastTwo = n % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

}
