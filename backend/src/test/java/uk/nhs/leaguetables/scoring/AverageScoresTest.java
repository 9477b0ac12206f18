package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.result.DomainScore;
import uk.nhs.leaguetables.scoring.result.ItemScore;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.scoring.Fixtures.league;
import static uk.nhs.leaguetables.scoring.Fixtures.manualRules;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;
import static uk.nhs.leaguetables.scoring.Fixtures.row;

class AverageScoresTest {

	private static final MetricRule PLANNED_SURPLUS = new MetricRule("OF0079", "Planned surplus/deficit",
			Fixtures.FINANCE, "%", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped(), "OF1080");

	private static final MetricRule VARIANCE_TO_PLAN = new MetricRule("OF0081", "Variance to plan", Fixtures.FINANCE,
			"%", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped(), "OF1080");

	@Test
	void a_composite_item_scores_the_mean_of_its_members_available_scores() {
		FrameworkRules rules = Fixtures.rules(PLANNED_SURPLUS, VARIANCE_TO_PLAN);

		LeagueResult result = new LeagueTableScorer(rules).score(league(
				organisation("A").value("OF0079", 2.0).value("OF0081", 1.0),
				organisation("B").value("OF0079", -1.0).value("OF0081", 3.0), organisation("C").value("OF0079", 0.5)));

		// OF0079: best 2.0, worst -1.0 → A 1.00, B 4.00,
		// C 1 + 3 × (0.5 − 2.0) / (−1.0 − 2.0) = 2.50
		// OF0081 (A and B only): best 3.0, worst 1.0 → A 4.00, B 1.00
		// OF1080, mean of the members present: A (1 + 4) / 2 = 2.5,
		// B (4 + 1) / 2 = 2.5, C 2.5 from OF0079 alone
		assertThat(row(result, "A").items())
			.containsExactly(new ItemScore("OF1080", Fixtures.FINANCE, List.of("OF0079", "OF0081"), 2.5));
		assertThat(row(result, "C").items())
			.containsExactly(new ItemScore("OF1080", Fixtures.FINANCE, List.of("OF0079"), 2.5));
		assertThat(row(result, "C").metrics().getFirst().explanation())
			.isEqualTo("0.5% is 2nd of 3; CONTINUOUS: 1 + 3 × (0.5 − 2.0) / (-1.0 − 2.0) = 2.50");
		// One scored item each, whatever the number of member metrics.
		assertThat(row(result, "A").scoredItemCount()).isEqualTo(1);
		assertThat(row(result, "A").averageScore()).isEqualTo(new BigDecimal("2.50"));
	}

	@Test
	void the_average_of_a_mental_health_trust_is_24_31_over_11_items_equals_2_21() {
		// §4 check: eleven item scores summing to 24.31.
		// 2.00 + 2.50 + 1.75 + 2.31 + 3.00 + 1.00 + 2.25 + 2.50 + 2.00 + 2.50
		// + 2.50 = 24.31; 24.31 / 11 = 2.21
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 11)).score(league(
				organisation("RDY").manualScores(2.00, 2.50, 1.75, 2.31, 3.00, 1.00, 2.25, 2.50, 2.00, 2.50, 2.50)));

		OrganisationResult dorset = row(result, "RDY");
		assertThat(dorset.averageScore()).isEqualTo(new BigDecimal("2.21"));
		assertThat(dorset.scoredItemCount()).isEqualTo(11);
		assertThat(dorset.explanation()).startsWith("Average metric score 2.21 = 24.31 / 11 scored items.");
	}

	@Test
	void the_average_rounds_half_up_to_two_places() {
		// (2.00 + 2.25) / 2 = 2.125 → 2.13
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 2))
			.score(league(organisation("A").manualScores(2.00, 2.25)));

		assertThat(row(result, "A").averageScore()).isEqualTo(new BigDecimal("2.13"));
	}

	@Test
	void missing_metrics_are_left_out_of_the_average_never_imputed() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 4))
			.score(league(organisation("A").manualScores(1.0, 1.0, 1.0, 1.0),
					organisation("B").manual("M01", 1.0).manual("M02", 2.0).manual("M04", 3.0)));

		// B: (1 + 2 + 3) / 3 = 2.00 over its 3 available items
		assertThat(row(result, "B").averageScore()).isEqualTo(new BigDecimal("2.00"));
		assertThat(row(result, "B").scoredItemCount()).isEqualTo(3);
	}

	@Test
	void domain_scores_average_the_items_of_each_domain_and_are_segmented_like_the_average() {
		var access = Fixtures.metric("A1", Direction.LOWER_IS_BETTER, new ScoringMethod.Manual());
		var access2 = Fixtures.metric("A2", Direction.LOWER_IS_BETTER, new ScoringMethod.Manual());
		var finance = new MetricRule("F1", "Finance", Fixtures.FINANCE, "", Direction.LOWER_IS_BETTER,
				new ScoringMethod.Manual(), "F1");

		LeagueResult result = new LeagueTableScorer(Fixtures.rules(access, access2, finance))
			.score(league(organisation("A").manual("A1", 1.0).manual("A2", 2.0).manual("F1", 4.0)));

		// Access (1 + 2) / 2 = 1.50, segment 1; Finance 4.00, segment 4 (the fixture's
		// thresholds). The average (1 + 2 + 4) / 3 = 2.33 weighs access's two items
		// twice.
		assertThat(row(result, "A").domains()).containsExactly(
				new DomainScore(Fixtures.ACCESS, 2, new BigDecimal("1.50"), 1),
				new DomainScore(Fixtures.FINANCE, 1, new BigDecimal("4.00"), 4));
		assertThat(row(result, "A").averageScore()).isEqualTo(new BigDecimal("2.33"));
	}

	@Test
	void an_organisation_below_minimum_coverage_is_not_segmented_with_the_reason() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 11)).score(league(
				organisation("ALL").manualScores(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2),
				organisation("SIX").manualScores(2, 2, 2, 2, 2, 2), organisation("FIVE").manualScores(2, 2, 2, 2, 2)));

		// 11 items scored in the league; minimum 0.5 × 11 = 5.5:
		// six items pass, five do not.
		assertThat(result.leagueScoredItems()).isEqualTo(11);
		assertThat(row(result, "SIX").placement()).isInstanceOf(Placement.Segmented.class);
		assertThat(row(result, "FIVE").placement()).isEqualTo(new Placement.NotSegmented(
				"Not segmented: 5 scored items, fewer than the minimum of 5.5 (0.5 × 11 items scored in this league)."));
		assertThat(row(result, "FIVE").averageScore()).isEqualTo(new BigDecimal("2.00"));
	}

	@Test
	void coverage_needs_at_least_one_scored_item() {
		assertThat(AverageScores.meetsMinimumCoverage(0, 0, BigDecimal.ZERO)).isFalse();
		assertThat(AverageScores.meetsMinimumCoverage(6, 11, new BigDecimal("0.5"))).isTrue();
		assertThat(AverageScores.meetsMinimumCoverage(5, 11, new BigDecimal("0.5"))).isFalse();
	}

}
