package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.result.Adjustment;
import uk.nhs.leaguetables.scoring.result.AdjustmentKind;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.scoring.Fixtures.league;
import static uk.nhs.leaguetables.scoring.Fixtures.manualRules;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;
import static uk.nhs.leaguetables.scoring.Fixtures.row;
import static uk.nhs.leaguetables.scoring.Fixtures.segmented;

class AdjustmentsTest {

	private static final FrameworkRules ONE_MANUAL_METRIC = manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 1);

	private static final String DECLARED_DEFICIT = "in financial deficit: declared in deficit; no better than segment 3";

	@Test
	void financial_override_caps_segment_at_three() {
		LeagueResult result = score(organisation("A").manualScores(1.50).inDeficit());

		// score segment 1 (1.50 ≤ 2.10); max(1, 3) = 3
		Placement.Segmented a = segmented(result, "A");
		assertThat(a.scoreSegment()).isEqualTo(1);
		assertThat(a.adjustments())
			.containsExactly(new Adjustment(AdjustmentKind.FINANCIAL_OVERRIDE, 1, 3, DECLARED_DEFICIT));
		assertThat(a.finalSegment()).isEqualTo(3);
		assertThat(row(result, "A").inDeficit()).isTrue();
		assertThat(row(result, "A").explanation()).contains("Financial override: segment 1 → 3 (" + DECLARED_DEFICIT
				+ "). Final segment 3, rank 1 (rank by average score alone 1).");
	}

	@Test
	void financial_override_is_recorded_even_when_the_segment_is_already_worse() {
		LeagueResult result = score(organisation("A").manualScores(3.00).inDeficit());

		// score segment 4: max(4, 3) = 4, still flagged
		Placement.Segmented a = segmented(result, "A");
		assertThat(a.adjustments())
			.containsExactly(new Adjustment(AdjustmentKind.FINANCIAL_OVERRIDE, 4, 4, DECLARED_DEFICIT));
		assertThat(a.adjustments().getFirst().changedSegment()).isFalse();
		assertThat(a.finalSegment()).isEqualTo(4);
	}

	@Test
	void a_negative_value_of_the_deficit_metric_puts_an_organisation_in_deficit() {
		var plannedSurplus = Fixtures.metric("OF0079", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped());
		var rules = new FrameworkRules("TEST", List.of(plannedSurplus), Fixtures.NOF_2025_26_THRESHOLDS,
				new BigDecimal("0.5"), 3, "OF0079", ONE_MANUAL_METRIC.bootstrap());

		LeagueResult result = new LeagueTableScorer(rules).score(
				league(organisation("DEFICIT").value("OF0079", -1.2), organisation("BREAK_EVEN").value("OF0079", 0)));

		// best 0, worst -1.2: BREAK_EVEN scores 1.00 (segment 1), not in deficit;
		// DEFICIT scores 4.00 (segment 4), in deficit
		assertThat(segmented(result, "DEFICIT").adjustments())
			.containsExactly(new Adjustment(AdjustmentKind.FINANCIAL_OVERRIDE, 4, 4,
					"in financial deficit: OF0079 = -1.2 < 0; no better than segment 3"));
		assertThat(segmented(result, "BREAK_EVEN").adjustments()).isEmpty();
		assertThat(row(result, "BREAK_EVEN").inDeficit()).isFalse();
	}

	@Test
	void recovery_support_places_the_organisation_in_segment_five_whatever_its_score() {
		LeagueResult result = score(organisation("A").manualScores(1.00).inRecoverySupport("entered RSP, Q3"));

		Placement.Segmented a = segmented(result, "A");
		assertThat(a.adjustments())
			.containsExactly(new Adjustment(AdjustmentKind.RECOVERY_SUPPORT, 1, 5, "entered RSP, Q3"));
		assertThat(a.finalSegment()).isEqualTo(5);
		assertThat(row(result, "A").inRecoverySupport()).isTrue();
	}

	@Test
	void adjustments_apply_in_order_financial_then_recovery_support_then_manual() {
		LeagueResult result = score(
				organisation("A").manualScores(1.00).inDeficit().inRecoverySupport("entered RSP, Q3").overriddenTo(4));

		// 1 → max(1, 3) = 3 → 5 (RSP) → 4 (approver's decision, applied last)
		assertThat(segmented(result, "A").adjustments()).containsExactly(
				new Adjustment(AdjustmentKind.FINANCIAL_OVERRIDE, 1, 3, DECLARED_DEFICIT),
				new Adjustment(AdjustmentKind.RECOVERY_SUPPORT, 3, 5, "entered RSP, Q3"), new Adjustment(
						AdjustmentKind.MANUAL_OVERRIDE, 5, 4, "regulator finding (approved by Director of Oversight)"));
		assertThat(segmented(result, "A").finalSegment()).isEqualTo(4);
	}

	@Test
	void a_manual_override_sets_the_approved_segment_with_its_justification() {
		LeagueResult result = score(organisation("A").manualScores(3.50).overriddenTo(2));

		assertThat(segmented(result, "A").finalSegment()).isEqualTo(2);
		assertThat(row(result, "A").explanation())
			.contains("Manual override: segment 4 → 2 (regulator finding (approved by Director of Oversight)).");
	}

	@Test
	void a_not_segmented_organisation_keeps_its_flags_but_has_no_segment_to_adjust() {
		var rules = manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 4);
		LeagueResult result = new LeagueTableScorer(rules).score(league(organisation("FULL").manualScores(2, 2, 2, 2),
				organisation("SPARSE").manualScores(2).inDeficit().inRecoverySupport("entered RSP, Q3")));

		OrganisationResult sparse = row(result, "SPARSE");
		assertThat(sparse.placement()).isInstanceOf(Placement.NotSegmented.class);
		assertThat(sparse.inDeficit()).isTrue();
		assertThat(sparse.inRecoverySupport()).isTrue();
	}

	private static LeagueResult score(Fixtures.Organisation organisation) {
		return new LeagueTableScorer(ONE_MANUAL_METRIC).score(league(organisation));
	}

}
