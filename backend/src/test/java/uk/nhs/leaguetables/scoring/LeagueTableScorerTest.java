package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.MetricSummary;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.nhs.leaguetables.scoring.Fixtures.league;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;
import static uk.nhs.leaguetables.scoring.Fixtures.row;

/** A small league worked end to end, and the engine's input checks. */
class LeagueTableScorerTest {

	private static final MetricRule RTT = Fixtures.metric("OF0023", Direction.HIGHER_IS_BETTER,
			ScoringMethod.Continuous.uncapped());

	private static final MetricRule FOUR_HOUR = Fixtures
		.metric("OF0013", Direction.HIGHER_IS_BETTER,
				new ScoringMethod.Threshold(List.of(new ThresholdBand(92, Boundary.INCLUSIVE, 1),
						new ThresholdBand(85, Boundary.INCLUSIVE, 2), new ThresholdBand(78, Boundary.INCLUSIVE, 3)),
						4));

	private static final MetricRule CQC = new MetricRule("OF1035", "CQC survey", Fixtures.ACCESS, "",
			Direction.LOWER_IS_BETTER,
			new ScoringMethod.Category(Map.of("Better", 1.0, "About the same", 2.5, "Worse", 4.0)), "OF1035");

	private static final FrameworkRules RULES = Fixtures.rules(RTT, FOUR_HOUR, CQC);

	@Test
	void a_row_explains_every_step_from_values_to_rank() {
		LeagueResult result = new LeagueTableScorer(RULES).score(league(Map.of("RX1", new PreviousResult(3, 3)),
				organisation("RX1").value("OF0023", 92.1).value("OF0013", 86.0).category("OF1035", "Better"),
				organisation("RX2").value("OF0023", 98.0).value("OF0013", 95.0).category("OF1035", "About the same"),
				organisation("RX3").value("OF0023", 61.2).value("OF0013", 70.0).category("OF1035", "Worse")));

		// RX1: OF0013 86.0 ≥ 85 → 2.00; OF0023 1 + 3 × 5.9 / 36.8 = 1.4809…; OF1035
		// Better → 1.00
		// Sum 4.4809… → 4.48 shown; average 4.4809… / 3 = 1.4936… → 1.49: segment 1
		// RX2: 1 + 1 + 2.5 = 4.5 / 3 = 1.50 → segment 1, rank 2; RX3: 4 + 4 + 4 → 4.00,
		// segment 4
		OrganisationResult rx1 = row(result, "RX1");
		assertThat(rx1.averageScore()).isEqualTo(new BigDecimal("1.49"));
		assertThat(rx1.metrics()).extracting(metric -> metric.explanation())
			.containsExactly("86.0% is 2nd of 3; THRESHOLD: ≥ 85.0 scores 2.00",
					"92.1% is 2nd of 3; CONTINUOUS: 1 + 3 × (92.1 − 98.0) / (61.2 − 98.0) = 1.48",
					"Better is 1st of 3; CATEGORY: Better scores 1.00");
		assertThat(rx1.explanation()).startsWith("Average metric score 1.49 = 4.48 / 3 scored items."
				+ " Score segment 1 (THRESHOLDS cut-offs 2.10 / 2.35 / 2.70: 1.49 ≤ 2.10). Final segment 1, rank 1 (rank by average score alone 1)."
				+ " Since the previous publication: up 2 segments and up 2 places. Likely range (95%): score ");
		assertThat(result.organisations()).extracting(OrganisationResult::code).containsExactly("RX1", "RX2", "RX3");
	}

	@Test
	void metric_summaries_come_in_code_order_for_the_metrics_the_league_reported() {
		LeagueResult result = new LeagueTableScorer(RULES).score(league(organisation("RX1").value("OF0023", 92.1),
				organisation("RX2").value("OF0023", 98.0), organisation("RX3").value("OF0023", 61.2)));

		// OF0013 and OF1035 have no peers in this league, so they do not apply to it.
		assertThat(result.metrics()).extracting(MetricSummary::metricCode).containsExactly("OF0023");
		MetricSummary rtt = result.metrics().getFirst();
		assertThat(rtt.peerCount()).isEqualTo(3);
		assertThat(rtt.values().median()).isEqualTo(92.1);
	}

	@Test
	void a_league_nobody_can_be_segmented_in_has_no_quartile_cut_offs_and_no_ranks() {
		var quartileRules = Fixtures.rules(new SegmentMethod.Quartile(), RTT, FOUR_HOUR, CQC);

		LeagueResult empty = new LeagueTableScorer(quartileRules).score(league());
		LeagueResult unscored = new LeagueTableScorer(quartileRules).score(league(organisation("RX1")));

		assertThat(empty.organisations()).isEmpty();
		assertThat(empty.cutOffs()).isNull();
		assertThat(row(unscored, "RX1").placement())
			.isEqualTo(new Placement.NotSegmented("Not segmented: no scored items."));
		assertThat(row(unscored, "RX1").likelyRange()).isNull();
		assertThat(row(unscored, "RX1").explanation())
			.isEqualTo("Not segmented: no scored items. New to this league's table.");
	}

	@Test
	void observations_of_metrics_outside_the_rules_are_contextual_and_ignored() {
		LeagueResult withContext = new LeagueTableScorer(RULES)
			.score(league(organisation("RX1").value("OF0023", 92.1).value("OF9999", 12.0)));

		assertThat(row(withContext, "RX1").metrics()).extracting(metric -> metric.metricCode())
			.containsExactly("OF0023");
	}

	@Test
	void an_observation_the_method_cannot_score_is_rejected() {
		var scorer = new LeagueTableScorer(RULES);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> scorer.score(league(organisation("RX1").category("OF0023", "Good"))))
			.withMessage("RX1 has the category Good for OF0023, which its CONTINUOUS scoring cannot score");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> scorer.score(league(organisation("RX1").category("OF1035", "Superb"))))
			.withMessage("RX1 has the category Superb for OF1035, which its CATEGORY scoring cannot score");
	}

	@Test
	void an_organisation_listed_twice_is_rejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> league(organisation("RX1").value("OF0023", 1), organisation("RX1").value("OF0023", 2)))
			.withMessage("organisation RX1 appears twice");
	}

	@Test
	void threshold_cut_offs_out_of_order_are_rejected() {
		var wrongWay = new ScoringMethod.Threshold(
				List.of(new ThresholdBand(85, Boundary.INCLUSIVE, 1), new ThresholdBand(92, Boundary.INCLUSIVE, 2)), 4);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Fixtures.metric("OF0013", Direction.HIGHER_IS_BETTER, wrongWay))
			.withMessageContaining("must run strictly from best to worst");
	}

}
