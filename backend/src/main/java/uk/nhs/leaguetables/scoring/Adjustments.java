package uk.nhs.leaguetables.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.input.ManualSegmentOverride;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.input.RecoverySupport;
import uk.nhs.leaguetables.scoring.result.Adjustment;
import uk.nhs.leaguetables.scoring.result.AdjustmentKind;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.Segments;

/**
 * The segment adjustments of §5.2, in order: financial override, Recovery Support
 * Programme, manual override. They apply to organisations with a score segment; a
 * not-segmented organisation keeps its deficit and programme flags but has no segment to
 * adjust (§4, §6).
 */
final class Adjustments {

	private Adjustments() {
	}

	/**
	 * One adjustment that applies to an organisation: its rule on the segment so far, and
	 * why it applies.
	 */
	private record Step(AdjustmentKind kind, IntUnaryOperator rule, String reason) {
	}

	/**
	 * The adjustments that apply to one organisation, ready to apply to any score segment
	 * (the official one, or a bootstrap replicate's in §9).
	 */
	static final class Plan {

		private final boolean inDeficit;

		private final boolean inRecoverySupport;

		private final List<Step> steps;

		/**
		 * The final segment of each score segment 1 to 4, worked out once: §9 asks for
		 * millions.
		 */
		private final int[] finalByScoreSegment = new int[Segments.WORST_BY_SCORE + 1];

		private Plan(boolean inDeficit, boolean inRecoverySupport, List<Step> steps) {
			this.inDeficit = inDeficit;
			this.inRecoverySupport = inRecoverySupport;
			this.steps = List.copyOf(steps);
			for (int segment = Segments.BEST; segment <= Segments.WORST_BY_SCORE; segment++) {
				List<Adjustment> applied = applyTo(segment);
				finalByScoreSegment[segment] = applied.isEmpty() ? segment : applied.getLast().toSegment();
			}
		}

		boolean inDeficit() {
			return inDeficit;
		}

		boolean inRecoverySupport() {
			return inRecoverySupport;
		}

		/**
		 * Each applicable adjustment in order, recorded even when it leaves the segment
		 * unchanged.
		 */
		List<Adjustment> applyTo(int scoreSegment) {
			var applied = new ArrayList<Adjustment>(steps.size());
			int segment = scoreSegment;
			for (Step step : steps) {
				int adjusted = step.rule().applyAsInt(segment);
				applied.add(new Adjustment(step.kind(), segment, adjusted, step.reason()));
				segment = adjusted;
			}
			return applied;
		}

		int finalSegment(int scoreSegment) {
			return finalByScoreSegment[scoreSegment];
		}

	}

	static Plan planFor(OrganisationInput organisation, FrameworkRules rules) {
		var steps = new ArrayList<Step>(3);
		String deficitReason = deficitReason(organisation, rules.deficitMetricCode());
		if (deficitReason != null) {
			int bestInDeficit = rules.bestSegmentInDeficit();
			steps.add(new Step(AdjustmentKind.FINANCIAL_OVERRIDE, segment -> Math.max(segment, bestInDeficit),
					"in financial deficit: " + deficitReason + "; no better than segment " + bestInDeficit));
		}
		RecoverySupport recoverySupport = organisation.recoverySupport();
		if (recoverySupport != null) {
			// NHS England's 2025/26 tables keep the public segment and rank of an
			// organisation in the programme and flag it; its intensive-support outcome
			// (segment 5) is published beside them.
			steps.add(rules.recoverySupportKeepsSegment()
					? new Step(AdjustmentKind.RECOVERY_SUPPORT, segment -> segment,
							recoverySupport.reason() + "; public segment and rank kept, intensive-support segment "
									+ Segments.INTENSIVE_SUPPORT)
					: new Step(AdjustmentKind.RECOVERY_SUPPORT, segment -> Segments.INTENSIVE_SUPPORT,
							recoverySupport.reason()));
		}
		ManualSegmentOverride manualOverride = organisation.manualOverride();
		if (manualOverride != null) {
			steps.add(new Step(AdjustmentKind.MANUAL_OVERRIDE, segment -> manualOverride.segment(),
					manualOverride.justification() + " (approved by " + manualOverride.approver() + ")"));
		}
		return new Plan(deficitReason != null, recoverySupport != null, steps);
	}

	/**
	 * Why the organisation is in financial deficit, or {@code null} when it is not: its
	 * declared flag, or a negative value of the framework's deficit metric (a planned
	 * deficit), or both.
	 */
	private static @Nullable String deficitReason(OrganisationInput organisation, @Nullable String deficitMetricCode) {
		var reasons = new ArrayList<String>(2);
		if (organisation.declaredInDeficit()) {
			reasons.add("declared in deficit");
		}
		if (deficitMetricCode != null
				&& organisation.observations().get(deficitMetricCode) instanceof Observation.Numeric(double value)
				&& value < 0) {
			reasons.add(deficitMetricCode + " = " + Explanations.number(value) + " < 0");
		}
		return reasons.isEmpty() ? null : String.join(" and ", reasons);
	}

}
