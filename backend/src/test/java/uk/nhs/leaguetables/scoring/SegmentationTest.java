package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.result.AdjustmentKind;
import uk.nhs.leaguetables.scoring.result.DistanceToNextSegment;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.nhs.leaguetables.scoring.Fixtures.league;
import static uk.nhs.leaguetables.scoring.Fixtures.manualRules;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;
import static uk.nhs.leaguetables.scoring.Fixtures.segmented;

class SegmentationTest {

	private static final double[] NOF_2025_26 = Segmentation
		.upperBounds(new SegmentCutOffs(new BigDecimal("2.10"), new BigDecimal("2.35"), new BigDecimal("2.70")));

	@Test
	void thresholds_place_an_average_on_a_cut_off_in_the_better_segment() {
		// ≤ 2.10 → 1, ≤ 2.35 → 2, ≤ 2.70 → 3, else 4
		assertThat(Segmentation.scoreSegment(NOF_2025_26, 2.10)).isEqualTo(1);
		assertThat(Segmentation.scoreSegment(NOF_2025_26, 2.11)).isEqualTo(2);
		assertThat(Segmentation.scoreSegment(NOF_2025_26, 2.35)).isEqualTo(2);
		assertThat(Segmentation.scoreSegment(NOF_2025_26, 2.36)).isEqualTo(3);
		assertThat(Segmentation.scoreSegment(NOF_2025_26, 2.70)).isEqualTo(3);
		assertThat(Segmentation.scoreSegment(NOF_2025_26, 2.71)).isEqualTo(4);
	}

	@Test
	void thresholds_must_ascend_strictly() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.thresholds("2.35", "2.35", "2.70"));
	}

	@Test
	void quartile_cut_offs_are_the_quartiles_of_the_segmented_averages() {
		List<BigDecimal> averages = decimals("1.50", "2.00", "2.21", "2.22", "3.00");

		SegmentCutOffs cutOffs = Segmentation.cutOffs(new SegmentMethod.Quartile(), averages);

		// n = 5: lower quartile h = 1 → 2.00; median h = 2 → 2.21;
		// upper quartile h = 3 → 2.22
		assertThat(cutOffs)
			.isEqualTo(new SegmentCutOffs(new BigDecimal("2.00"), new BigDecimal("2.21"), new BigDecimal("2.22")));
	}

	@Test
	void interpolated_quartile_cut_offs_are_exact_decimals() {
		SegmentCutOffs cutOffs = Segmentation.cutOffs(new SegmentMethod.Quartile(), decimals("2.22", "2.21"));

		// n = 2: 2.21 + 0.25 × 0.01 = 2.2125; median 2.215; 2.21 + 0.75 × 0.01 = 2.2175
		assertThat(cutOffs)
			.isEqualTo(new SegmentCutOffs(new BigDecimal("2.2125"), new BigDecimal("2.215"), new BigDecimal("2.2175")));
	}

	@Test
	void quartile_segmentation_puts_the_lowest_quarter_in_segment_one() {
		LeagueResult result = new LeagueTableScorer(manualRules(new SegmentMethod.Quartile(), 1))
			.score(league(organisation("A").manualScores(1.50), organisation("B").manualScores(2.00),
					organisation("C").manualScores(2.21), organisation("D").manualScores(2.22),
					organisation("E").manualScores(3.00)));

		// cut-offs 2.00, 2.21, 2.22 as above: A, B ≤ 2.00 → 1; C → 2; D → 3; E → 4
		assertThat(List.of("A", "B", "C", "D", "E")).extracting(code -> segmented(result, code).scoreSegment())
			.containsExactly(1, 1, 2, 3, 4);
		assertThat(result.cutOffs())
			.isEqualTo(new SegmentCutOffs(new BigDecimal("2.00"), new BigDecimal("2.21"), new BigDecimal("2.22")));
	}

	@Test
	void a_lone_quartile_segmented_organisation_is_in_segment_one() {
		LeagueResult result = new LeagueTableScorer(manualRules(new SegmentMethod.Quartile(), 1))
			.score(league(organisation("A").manualScores(3.9)));

		assertThat(segmented(result, "A").scoreSegment()).isEqualTo(1);
	}

	@Test
	void distance_to_next_segment_is_the_average_minus_the_better_cut_off() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 2))
			.score(league(organisation("A").manualScores(2.25, 2.75)));

		// average 2.50 → segment 3; segment 2 admits ≤ 2.35: 2.50 − 2.35 = 0.15
		assertThat(segmented(result, "A").distanceToNextSegment())
			.isEqualTo(new DistanceToNextSegment(2, new BigDecimal("2.35"), new BigDecimal("0.15"), null,
					"To move up to segment 2 the average must improve by 0.15, to 2.35 or below."));
	}

	@Test
	void segment_one_has_no_distance_to_move_up() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 1))
			.score(league(organisation("A").manualScores(1.2)));

		assertThat(segmented(result, "A").distanceToNextSegment()).isNull();
	}

	@Test
	void distance_says_when_the_financial_override_rather_than_the_score_holds_it_down() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 1))
			.score(league(organisation("A").manualScores(2.00).inDeficit()));

		// score segment 1, held in 3; segment 2 admits ≤ 2.35:
		// 2.00 − 2.35 = −0.35, the score is already there
		assertThat(segmented(result, "A").distanceToNextSegment()).isEqualTo(new DistanceToNextSegment(2,
				new BigDecimal("2.35"), new BigDecimal("-0.35"), AdjustmentKind.FINANCIAL_OVERRIDE,
				"The score already qualifies for segment 2 (2.00 ≤ 2.35); the financial override holds it in segment 3."));
	}

	@Test
	void segment_five_has_no_cut_off_because_a_decision_holds_it() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 1))
			.score(league(organisation("A").manualScores(1.00).inRecoverySupport("RSP entry, March 2026")));

		assertThat(segmented(result, "A").distanceToNextSegment()).isEqualTo(new DistanceToNextSegment(4, null, null,
				AdjustmentKind.RECOVERY_SUPPORT,
				"Segment 5 is set by the Recovery Support Programme decision, not by the score: no score improvement moves it."));
	}

	@Test
	void a_manual_override_above_the_score_measures_from_the_overridden_segment() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 1))
			.score(league(organisation("A").manualScores(3.00).overriddenTo(2)));

		// final segment 2: segment 1 admits ≤ 2.10, so 3.00 − 2.10 = 0.90
		DistanceToNextSegment distance = segmented(result, "A").distanceToNextSegment();
		assertThat(distance.improvementNeeded()).isEqualTo(new BigDecimal("0.90"));
		assertThat(distance.heldDownBy()).isNull();
	}

	@Test
	void under_quartile_the_distance_warns_that_cut_offs_move_with_the_league() {
		LeagueResult result = new LeagueTableScorer(manualRules(new SegmentMethod.Quartile(), 1))
			.score(league(organisation("A").manualScores(1.0), organisation("B").manualScores(3.0)));

		// n = 2: cut-offs 1.50, 2.00, 2.50; B (3.00) → 4, to reach 3: 3.00 − 2.50 = 0.50
		assertThat(segmented(result, "B").distanceToNextSegment().explanation()).isEqualTo(
				"To move up to segment 3 the average must improve by 0.50, to 2.50 or below (at this period's quartile cut-offs, which move every quarter).");
	}

	private static List<BigDecimal> decimals(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
