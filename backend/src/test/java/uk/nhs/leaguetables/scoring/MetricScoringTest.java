package uk.nhs.leaguetables.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.MetricScoring.ScoredMetric;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.result.ContinuousScale;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.PercentileCaps;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.leaguetables.scoring.Fixtures.metric;

class MetricScoringTest {

	private static final ScoringMethod.Threshold NINETY_TWO_EIGHTY_FIVE_SEVENTY_EIGHT = new ScoringMethod.Threshold(
			List.of(new ThresholdBand(92, Boundary.INCLUSIVE, 1), new ThresholdBand(85, Boundary.INCLUSIVE, 2),
					new ThresholdBand(78, Boundary.INCLUSIVE, 3)),
			4);

	@Test
	void continuous_scores_track_the_value_between_best_and_worst() {
		MetricRule metric = metric("OF0023", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric, values(98.0, 92.1, 61.2));

		// best 98.0, worst 61.2: 1 + 3 × (92.1 − 98.0) / (61.2 − 98.0)
		// = 1 + 3 × 5.9 / 36.8 = 1.4809… → 1.48
		assertThat(result(scored, 1).score()).isCloseTo(1 + 3 * 5.9 / 36.8, within(1e-12));
		assertThat(result(scored, 1).publishedScore()).isEqualByComparingTo("1.48");
		assertThat(result(scored, 1).explanation())
			.isEqualTo("92.1% is 2nd of 3; CONTINUOUS: 1 + 3 × (92.1 − 98.0) / (61.2 − 98.0) = 1.48");
		assertThat(result(scored, 0).score()).isEqualTo(1.0);
		assertThat(result(scored, 2).score()).isEqualTo(4.0);
		assertThat(scored.summary().continuousScale()).isEqualTo(new ContinuousScale(98.0, 61.2));
	}

	@Test
	void continuous_lower_is_better_runs_from_the_lowest_value() {
		MetricRule metric = metric("OF0082", Direction.LOWER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric, values(2, 4, 10));

		// best 2, worst 10: 1 + 3 × (4 − 2) / (10 − 2) = 1.75
		assertThat(result(scored, 1).score()).isEqualTo(1.75);
		assertThat(result(scored, 1).explanation())
			.isEqualTo("4.0% is 2nd of 3; CONTINUOUS: 1 + 3 × (4.0 − 2.0) / (10.0 − 2.0) = 1.75");
		assertThat(result(scored, 0).score()).isEqualTo(1.0);
		assertThat(result(scored, 2).score()).isEqualTo(4.0);
	}

	@Test
	void a_negative_best_value_is_bracketed_in_the_formula() {
		MetricRule metric = metric("OF0005", Direction.LOWER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric, values(-2.0, 1.0, 3.4));

		// best -2.0, worst 3.4: 1 + 3 × (1.0 + 2.0) / 5.4 = 2.6666… → 2.67
		assertThat(result(scored, 1).explanation())
			.isEqualTo("1.0% is 2nd of 3; CONTINUOUS: 1 + 3 × (1.0 − (-2.0)) / (3.4 − (-2.0)) = 2.67");
	}

	@Test
	void continuous_scores_are_all_one_when_every_peer_is_equal() {
		MetricRule metric = metric("OF0023", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric, values(92.1, 92.1, 92.1));

		assertThat(scored.resultByOrganisation()).extracting(MetricResult::score).containsOnly(1.0);
		assertThat(result(scored, 0).explanation())
			.isEqualTo("92.1% is joint 1st of 3; CONTINUOUS: best and worst are both 92.1, so every score is 1.00");
	}

	@Test
	void a_single_continuous_peer_scores_one() {
		MetricRule metric = metric("OF0023", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric, values(40.0));

		assertThat(result(scored, 0).score()).isEqualTo(1.0);
		assertThat(result(scored, 0).rank()).isEqualTo(1);
		assertThat(scored.summary().peerCount()).isEqualTo(1);
	}

	@Test
	void continuous_percentile_caps_shorten_the_scale_and_bound_values_beyond_it() {
		var capped = new ScoringMethod.Continuous(new PercentileCaps(10, 90));
		MetricRule metric = metric("OF0023", Direction.HIGHER_IS_BETTER, capped);

		// 0, 10, …, 100: 10th percentile h = 10 × 0.1 = 1 → 10;
		// 90th h = 9 → 90. Best 90, worst 10.
		ScoredMetric scored = MetricScoring.score(metric, values(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100));

		assertThat(scored.summary().continuousScale()).isEqualTo(new ContinuousScale(90, 10));
		// 50: 1 + 3 × (50 − 90) / (10 − 90) = 2.5
		assertThat(result(scored, 5).score()).isEqualTo(2.5);
		// 100: 1 + 3 × (100 − 90) / (10 − 90) = 0.625 → bounded to 1.00; 0: 4.375 → 4.00
		assertThat(result(scored, 10).score()).isEqualTo(1.0);
		assertThat(result(scored, 10).explanation()).isEqualTo("100.0% is 1st of 11; CONTINUOUS: 1 + 3 × (100.0 − 90.0)"
				+ " / (10.0 − 90.0) = 0.63, bounded to 1.00 (scale capped at the 10th and 90th percentiles of the values)");
		assertThat(result(scored, 0).score()).isEqualTo(4.0);
	}

	@Test
	void ranked_ties_share_the_mean_of_their_positions() {
		MetricRule metric = metric("OF0013", Direction.HIGHER_IS_BETTER, new ScoringMethod.Ranked());

		ScoredMetric scored = MetricScoring.score(metric, values(90, 80, 80, 70));

		// positions 1, 2.5, 2.5, 4 of n = 4: 1 + 3 × (2.5 − 1) / 3 = 2.5
		assertThat(scored.resultByOrganisation()).extracting(MetricResult::score).containsExactly(1.0, 2.5, 2.5, 4.0);
		assertThat(scored.resultByOrganisation()).extracting(MetricResult::position)
			.containsExactly(1.0, 2.5, 2.5, 4.0);
		assertThat(result(scored, 1).explanation())
			.isEqualTo("80.0% is joint 2nd of 4; RANKED: 1 + 3 × (2.5 − 1) / (4 − 1) = 2.50");
	}

	@Test
	void a_single_ranked_peer_scores_one() {
		MetricRule metric = metric("OF0013", Direction.HIGHER_IS_BETTER, new ScoringMethod.Ranked());

		ScoredMetric scored = MetricScoring.score(metric, values(55));

		assertThat(result(scored, 0).score()).isEqualTo(1.0);
		assertThat(result(scored, 0).explanation()).isEqualTo("55.0% is 1st of 1; RANKED: the only peer scores 1.00");
	}

	@Test
	void metric_ranks_are_competition_ranks_best_first() {
		MetricRule metric = metric("OF0082", Direction.LOWER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric, values(4.1, 3.2, 4.1, 5.0));

		// 3.2 best; 4.1 twice shares 2nd; 5.0 is 4th
		assertThat(scored.resultByOrganisation()).extracting(MetricResult::rank).containsExactly(2, 1, 2, 4);
	}

	@Test
	void threshold_scores_come_from_the_first_cut_off_reached() {
		MetricRule metric = metric("OF0013", Direction.HIGHER_IS_BETTER, NINETY_TWO_EIGHTY_FIVE_SEVENTY_EIGHT);

		ScoredMetric scored = MetricScoring.score(metric, values(92.0, 91.9, 78.0, 77.9));

		// ≥ 92 → 1; ≥ 85 → 2; ≥ 78 → 3; else 4 (cut-offs inclusive)
		assertThat(scored.resultByOrganisation()).extracting(MetricResult::score).containsExactly(1.0, 2.0, 3.0, 4.0);
		assertThat(result(scored, 0).explanation()).isEqualTo("92.0% is 1st of 4; THRESHOLD: ≥ 92.0 scores 1.00");
		assertThat(result(scored, 3).explanation())
			.isEqualTo("77.9% is 4th of 4; THRESHOLD: short of every cut-off (the last is ≥ 78.0), scores 4.00");
	}

	@Test
	void an_exclusive_threshold_is_not_reached_by_a_value_on_the_cut_off() {
		var method = new ScoringMethod.Threshold(
				List.of(new ThresholdBand(92, Boundary.EXCLUSIVE, 1), new ThresholdBand(85, Boundary.INCLUSIVE, 2)), 4);
		MetricRule metric = metric("OF0013", Direction.HIGHER_IS_BETTER, method);

		ScoredMetric scored = MetricScoring.score(metric, values(92.0, 92.5));

		assertThat(scored.resultByOrganisation()).extracting(MetricResult::score).containsExactly(2.0, 1.0);
	}

	@Test
	void threshold_cut_offs_follow_a_lower_is_better_direction() {
		var method = new ScoringMethod.Threshold(
				List.of(new ThresholdBand(1, Boundary.INCLUSIVE, 1), new ThresholdBand(2, Boundary.INCLUSIVE, 2.5)), 4);
		MetricRule metric = metric("OF0005", Direction.LOWER_IS_BETTER, method);

		ScoredMetric scored = MetricScoring.score(metric, values(0.8, 1.5, 2.0, 2.01));

		// ≤ 1 → 1; ≤ 2 → 2.5; else 4
		assertThat(scored.resultByOrganisation()).extracting(MetricResult::score).containsExactly(1.0, 2.5, 2.5, 4.0);
		assertThat(result(scored, 1).explanation()).isEqualTo("1.5% is 2nd of 4; THRESHOLD: ≤ 2.0 scores 2.50");
	}

	@Test
	void category_scores_come_from_the_mapping_and_rank_by_score() {
		var cqc = new ScoringMethod.Category(
				Map.of("Outstanding", 1.0, "Good", 2.0, "Requires improvement", 3.0, "Inadequate", 4.0));
		MetricRule metric = new MetricRule("CQC", "CQC rating", Fixtures.ACCESS, "", Direction.LOWER_IS_BETTER, cqc,
				"CQC");

		ScoredMetric scored = MetricScoring.score(metric, observations(new Observation.Categorical("Good"),
				new Observation.Categorical("Outstanding"), new Observation.Categorical("Good")));

		assertThat(scored.resultByOrganisation()).extracting(MetricResult::score).containsExactly(2.0, 1.0, 2.0);
		assertThat(scored.resultByOrganisation()).extracting(MetricResult::rank).containsExactly(2, 1, 2);
		assertThat(result(scored, 0).explanation()).isEqualTo("Good is joint 2nd of 3; CATEGORY: Good scores 2.00");
		assertThat(scored.summary().values()).isNull();
	}

	@Test
	void manual_scores_are_taken_as_given_with_their_justification() {
		MetricRule metric = metric("OF0106", Direction.LOWER_IS_BETTER, new ScoringMethod.Manual());

		ScoredMetric scored = MetricScoring.score(metric,
				observations(new Observation.ManualScore(2.5, "plan agreed with region"), null));

		assertThat(result(scored, 0).score()).isEqualTo(2.5);
		assertThat(result(scored, 0).explanation())
			.isEqualTo("the manual score is 1st of 1; MANUAL: 2.50 by decision: plan agreed with region");
	}

	@Test
	void organisations_without_an_observation_are_left_out_of_the_peers() {
		MetricRule metric = metric("OF0023", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric,
				observations(new Observation.Numeric(60), null, new Observation.Numeric(90)));

		assertThat(scored.resultByOrganisation().get(1)).isNull();
		assertThat(scored.summary().peerCount()).isEqualTo(2);
		assertThat(result(scored, 2).peerCount()).isEqualTo(2);
		// Peers 60 and 90 only: the missing organisation is not imputed as a value.
		assertThat(scored.summary().values().median()).isEqualTo(75);
	}

	@Test
	void the_summary_reports_peer_median_and_quartiles() {
		MetricRule metric = metric("OF0023", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped());

		ScoredMetric scored = MetricScoring.score(metric, values(10, 20, 30, 40, 50));

		// n = 5: lower quartile h = 1 → 20; median h = 2 → 30; upper h = 3 → 40
		assertThat(scored.summary().values().lowerQuartile()).isEqualTo(20);
		assertThat(scored.summary().values().median()).isEqualTo(30);
		assertThat(scored.summary().values().upperQuartile()).isEqualTo(40);
		assertThat(scored.summary().values().best()).isEqualTo(50);
	}

	private static List<@Nullable Observation> values(double... values) {
		return new ArrayList<>(Arrays.stream(values).mapToObj(Observation.Numeric::new).toList());
	}

	private static List<@Nullable Observation> observations(@Nullable Observation... observations) {
		return Arrays.asList(observations);
	}

	private static MetricResult result(ScoredMetric scored, int organisation) {
		MetricResult result = scored.resultByOrganisation().get(organisation);
		assertThat(result).isNotNull();
		return result;
	}

}
