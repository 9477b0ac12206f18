package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.Fixtures.Organisation;
import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.rules.BootstrapSettings;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.ItemCombination;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.PeerPool;
import uk.nhs.leaguetables.scoring.rules.ScoreRange;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;
import uk.nhs.leaguetables.scoring.rules.TiePosition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;
import static uk.nhs.leaguetables.scoring.Fixtures.row;
import static uk.nhs.leaguetables.scoring.Fixtures.segmented;

/**
 * Worked examples of the rules NHS England's published NOF 2025/26 trust data showed
 * (methodology §3–§6): peer pools across leagues, ties at their first position,
 * TARGET_THEN_RANKED, combination tables, pooled quartiles, domain segments and the
 * Recovery Support Programme keeping the public segment.
 */
class EngineTwoRulesTest {

	private static final ScoringMethod.Ranked RANKED_FIRST = new ScoringMethod.Ranked(TiePosition.FIRST);

	@Test
	void tied_values_take_their_first_position_and_the_next_value_skips() {
		// NHS England, OF1063 Q1 2025/26: two trusts at 25.17% both score 2.60, the next
		// 2.72.
		var metric = Fixtures.metric("OF0063", Direction.LOWER_IS_BETTER, RANKED_FIRST);
		LeagueResult result = new LeagueTableScorer(Fixtures.rules(metric))
			.score(Fixtures.league(organisation("A").value("OF0063", 10), organisation("B").value("OF0063", 20),
					organisation("C").value("OF0063", 20), organisation("D").value("OF0063", 30)));

		// n = 4: positions 1, 2, 2, 4 → 1 + 3 × (r − 1) / 3 = 1.00, 2.00, 2.00, 4.00
		assertThat(score(result, "A", "OF0063")).isEqualTo(1.0);
		assertThat(score(result, "B", "OF0063")).isEqualTo(2.0);
		assertThat(score(result, "C", "OF0063")).isEqualTo(2.0);
		assertThat(score(result, "D", "OF0063")).isEqualTo(4.0);
	}

	@Test
	void a_pool_of_named_leagues_ranks_their_organisations_together_and_others_apart() {
		var cost = new MetricRule("OF0086", "Relative difference in costs", Fixtures.ACCESS, "%",
				Direction.LOWER_IS_BETTER, RANKED_FIRST, "OF0086",
				new PeerPool.Leagues(new TreeSet<>(List.of("AMBULANCE", "NON_ACUTE"))), null);
		List<LeagueResult> results = new LeagueTableScorer(Fixtures.rules(cost)).scoreTogether(List.of(
				league("NON_ACUTE", organisation("N1").value("OF0086", 90), organisation("N2").value("OF0086", 110)),
				league("AMBULANCE", organisation("A1").value("OF0086", 100)),
				league("ACUTE", organisation("H1").value("OF0086", 95), organisation("H2").value("OF0086", 105))));

		// non-acute and ambulance: 90, 100, 110 → 1.00, 2.50, 4.00 over three peers
		assertThat(score(results.get(0), "N1", "OF0086")).isEqualTo(1.0);
		assertThat(score(results.get(1), "A1", "OF0086")).isEqualTo(2.5);
		assertThat(score(results.get(0), "N2", "OF0086")).isEqualTo(4.0);
		assertThat(metric(results.get(1), "A1", "OF0086").peerCount()).isEqualTo(3);
		// acute is outside the union: its two trusts rank on their own
		assertThat(score(results.get(2), "H1", "OF0086")).isEqualTo(1.0);
		assertThat(score(results.get(2), "H2", "OF0086")).isEqualTo(4.0);
		assertThat(results.get(0).metrics().getFirst().peerPool()).isEqualTo("LEAGUES:AMBULANCE+NON_ACUTE");
	}

	@Test
	void an_all_leagues_pool_ranks_every_organisation_scored_together() {
		var sickness = new MetricRule("OF0082", "Sickness absence", Fixtures.ACCESS, "%", Direction.LOWER_IS_BETTER,
				RANKED_FIRST, "OF0082", new PeerPool.AllLeagues(), null);
		List<LeagueResult> results = new LeagueTableScorer(Fixtures.rules(sickness))
			.scoreTogether(List.of(league("AMBULANCE", organisation("A1").value("OF0082", 7.0)),
					league("ACUTE", organisation("H1").value("OF0082", 4.0), organisation("H2").value("OF0082", 5.0),
							organisation("H3").value("OF0082", 6.0), organisation("H4").value("OF0082", 8.0))));

		// the ambulance trust is 4th of 5 in the pool: 1 + 3 × 3 / 4 = 3.25, far from the
		// 1.00 it would score alone in its league
		assertThat(score(results.get(0), "A1", "OF0082")).isEqualTo(3.25);
		assertThat(metric(results.get(0), "A1", "OF0082").rank()).isEqualTo(4);
	}

	@Test
	void organisations_meeting_the_standard_and_those_missing_it_are_ranked_apart() {
		// Category 2 mean response, NHS England Q1 2025/26: within 30 minutes → 1.00; the
		// four slower trusts 30.33, 32.63, 33.77, 36.15 → 2.00, 2.67, 3.33, 4.00.
		var category2 = Fixtures.metric("OF0017", Direction.LOWER_IS_BETTER,
				new ScoringMethod.TargetThenRanked(30, Boundary.INCLUSIVE, new ScoreRange(1, 1), new ScoreRange(2, 4)));
		LeagueResult result = new LeagueTableScorer(Fixtures.rules(category2))
			.score(Fixtures.league(organisation("A").value("OF0017", 20.53), organisation("B").value("OF0017", 30.0),
					organisation("C").value("OF0017", 30.33), organisation("D").value("OF0017", 32.63),
					organisation("E").value("OF0017", 33.77), organisation("F").value("OF0017", 36.15)));

		assertThat(score(result, "A", "OF0017")).isEqualTo(1.0);
		assertThat(score(result, "B", "OF0017")).as("exactly on the standard meets it").isEqualTo(1.0);
		assertThat(score(result, "C", "OF0017")).isEqualTo(2.0);
		assertThat(score(result, "D", "OF0017")).isCloseTo(2.67, within(0.005));
		assertThat(score(result, "E", "OF0017")).isCloseTo(3.33, within(0.005));
		assertThat(score(result, "F", "OF0017")).isEqualTo(4.0);
		assertThat(metric(result, "C", "OF0017").explanation()).contains("misses the standard of 30");
	}

	@Test
	void a_combination_table_gives_the_composite_score_the_mean_would_not() {
		// NHS England's combined finance: planned score 1 and variance score 2 → 1 (the
		// mean, 1.5, would round to 2); 4 and 1 → 2 (the mean 2.5 would round to 3).
		var planned = new MetricRule("OF0079", "Planned surplus/deficit", Fixtures.FINANCE, "%",
				Direction.HIGHER_IS_BETTER,
				new ScoringMethod.Threshold(List.of(new ThresholdBand(0, Boundary.INCLUSIVE, 1),
						new ThresholdBand(-1, Boundary.INCLUSIVE, 2), new ThresholdBand(-2, Boundary.INCLUSIVE, 3)), 4),
				"OF1080");
		var variance = new MetricRule("OF0081", "Variance to plan", Fixtures.FINANCE, "%", Direction.HIGHER_IS_BETTER,
				new ScoringMethod.Threshold(List.of(new ThresholdBand(0, Boundary.INCLUSIVE, 1),
						new ThresholdBand(-0.5, Boundary.INCLUSIVE, 2), new ThresholdBand(-1.0, Boundary.INCLUSIVE, 3)),
						4),
				"OF1080");
		var table = new ItemCombination.Table(List.of("OF0079", "OF0081"), Map.of("1|2", 1.0, "4|1", 2.0));
		FrameworkRules rules = new FrameworkRules("TEST", List.of(planned, variance), Fixtures.NOF_2025_26_THRESHOLDS,
				BigDecimal.ZERO, 3, null, new BootstrapSettings(1000, 1L), Map.of("OF1080", table), true);

		LeagueResult result = new LeagueTableScorer(rules).score(Fixtures.league(
				organisation("A").value("OF0079", 0.0).value("OF0081", -0.32),
				organisation("B").value("OF0079", -2.52).value("OF0081", 0.0),
				organisation("C").value("OF0079", -0.5).value("OF0081", 0.0), organisation("D").value("OF0079", 0.0)));

		assertThat(item(result, "A")).isEqualTo(1.0);
		assertThat(item(result, "B")).isEqualTo(2.0);
		assertThat(item(result, "C")).as("a combination the table lacks takes the mean").isEqualTo(1.5);
		assertThat(item(result, "D")).as("a missing member takes the mean of the others").isEqualTo(1.0);
	}

	@Test
	void pooled_quartiles_segment_every_league_with_the_cut_offs_of_all_their_averages() {
		FrameworkRules rules = rulesOf(new SegmentMethod.PooledQuartiles(), 1);
		List<LeagueResult> results = new LeagueTableScorer(rules)
			.scoreTogether(List.of(manualLeague("NON_ACUTE", 1.0, 2.0, 3.0), manualLeague("AMBULANCE", 4.0, 2.5)));

		// averages 1.00, 2.00, 2.50, 3.00, 4.00 pooled: quartiles (type 7) 2.00, 2.50,
		// 3.00
		SegmentCutOffs expected = new SegmentCutOffs(new BigDecimal("2.00"), new BigDecimal("2.50"),
				new BigDecimal("3.00"));
		assertThat(results).allSatisfy((league) -> {
			assertThat(league.cutOffs()).isEqualTo(expected);
			assertThat(league.segmentMethod()).isEqualTo("POOLED_QUARTILES");
		});
		assertThat(segmented(results.get(0), "NON_ACUTE-1").scoreSegment()).isEqualTo(1);
		assertThat(segmented(results.get(0), "NON_ACUTE-2").scoreSegment()).as("equal to a cut-off: the better")
			.isEqualTo(1);
		assertThat(segmented(results.get(1), "AMBULANCE-2").scoreSegment()).isEqualTo(2);
		assertThat(segmented(results.get(1), "AMBULANCE-1").scoreSegment()).isEqualTo(4);
		// each league ranks its own organisations
		assertThat(segmented(results.get(1), "AMBULANCE-2").rank()).isEqualTo(1);
	}

	@Test
	void scoring_one_league_among_others_gives_its_table_of_them_all_scored_together() {
		FrameworkRules rules = rulesOf(new SegmentMethod.PooledQuartiles(), 1);
		List<LeagueInput> leagues = List.of(manualLeague("NON_ACUTE", 1.0, 2.0, 3.0),
				manualLeague("AMBULANCE", 4.0, 2.5));
		var scorer = new LeagueTableScorer(rules);

		assertThat(scorer.scoreAmong(leagues, leagues.get(1))).isEqualTo(scorer.scoreTogether(leagues).get(1));
	}

	@Test
	void domain_scores_are_segmented_with_their_domains_own_pooled_cut_offs() {
		FrameworkRules rules = rulesOf(new SegmentMethod.PooledQuartiles(), 1);
		List<LeagueResult> results = new LeagueTableScorer(rules)
			.scoreTogether(List.of(manualLeague("NON_ACUTE", 1.0, 2.0, 3.0, 4.0, 1.5)));

		LeagueResult league = results.getFirst();
		// one domain, scores 1, 1.5, 2, 3, 4: quartiles 1.50, 2.00, 3.00
		assertThat(league.domainCutOffs().get(Fixtures.ACCESS))
			.isEqualTo(new SegmentCutOffs(new BigDecimal("1.50"), new BigDecimal("2.00"), new BigDecimal("3.00")));
		assertThat(row(league, "NON_ACUTE-4").domains().getFirst().segment()).isEqualTo(4);
		assertThat(row(league, "NON_ACUTE-5").domains().getFirst().segment()).isEqualTo(1);
	}

	@Test
	void recovery_support_keeps_the_public_segment_and_rank_and_records_segment_five_as_the_outcome() {
		FrameworkRules rules = rulesOf(Fixtures.NOF_2025_26_THRESHOLDS, 1);
		var inProgramme = organisation("R").manualScores(2.5).inRecoverySupport("RSP since 2024");
		LeagueResult result = new LeagueTableScorer(rules).score(
				Fixtures.league(organisation("A").manualScores(1.0), inProgramme, organisation("Z").manualScores(3.5)));

		// 2.50 → segment 3 under 2.10/2.35/2.70; the programme keeps it (NHS England's
		// OF5000) and the rank, and the support segment is 5 (OF5005).
		assertThat(segmented(result, "R").finalSegment()).isEqualTo(3);
		assertThat(segmented(result, "R").rank()).isEqualTo(2);
		assertThat(row(result, "R").supportSegment()).isEqualTo(5);
		assertThat(row(result, "R").inRecoverySupport()).isTrue();
		assertThat(row(result, "A").supportSegment()).isEqualTo(1);
		assertThat(row(result, "R").explanation()).contains("public segment and rank kept");
	}

	@Test
	void no_minimum_coverage_segments_an_organisation_with_a_single_item() {
		FrameworkRules rules = rulesOf(Fixtures.NOF_2025_26_THRESHOLDS, 4);
		LeagueResult result = new LeagueTableScorer(rules)
			.score(Fixtures.league(organisation("A").manualScores(1, 2, 3, 4), organisation("B").manual("M01", 2.0)));

		assertThat(segmented(result, "B").scoreSegment()).isEqualTo(1);
	}

	@Test
	void a_metric_whose_rule_is_an_assumption_says_so_in_its_explanation_and_the_rows() {
		var assumed = new MetricRule("OF0057", "Urgent community response", Fixtures.ACCESS, "%",
				Direction.HIGHER_IS_BETTER, RANKED_FIRST, "OF0057", new PeerPool.OwnLeague(),
				"the 70% standard is inclusive (not observed)");
		LeagueResult result = new LeagueTableScorer(Fixtures.rules(assumed))
			.score(Fixtures.league(organisation("A").value("OF0057", 80), organisation("B").value("OF0057", 75)));

		assertThat(metric(result, "A", "OF0057").explanation())
			.contains("caveat: the 70% standard is inclusive (not observed)");
		assertThat(row(result, "A").explanation()).contains("The scoring rules of OF0057 are assumptions");
	}

	/**
	 * M01 … Mn manual metrics, no minimum coverage, Recovery Support keeping the segment.
	 */
	private static FrameworkRules rulesOf(SegmentMethod method, int metricCount) {
		FrameworkRules manual = Fixtures.manualRules(method, metricCount);
		return new FrameworkRules("TEST", manual.metrics(), method, BigDecimal.ZERO, 3, null, manual.bootstrap(),
				Map.of(), true);
	}

	/** A league whose i-th organisation, {@code LEAGUE-i}, has the i-th score on M01. */
	private static LeagueInput manualLeague(String league, double... scores) {
		var organisations = new ArrayList<Organisation>();
		for (int i = 0; i < scores.length; i++) {
			organisations.add(organisation(league + "-" + (i + 1)).manual("M01", scores[i]));
		}
		return league(league, organisations.toArray(Organisation[]::new));
	}

	private static LeagueInput league(String league, Organisation... organisations) {
		List<OrganisationInput> inputs = new ArrayList<>();
		for (Organisation organisation : organisations) {
			inputs.add(organisation.build());
		}
		return new LeagueInput(league, "2025/26 Q1", inputs, Map.of());
	}

	private static MetricResult metric(LeagueResult result, String organisation, String metricCode) {
		return row(result, organisation).metrics()
			.stream()
			.filter((metric) -> metric.metricCode().equals(metricCode))
			.findFirst()
			.orElseThrow();
	}

	private static double score(LeagueResult result, String organisation, String metricCode) {
		return metric(result, organisation, metricCode).score();
	}

	private static double item(LeagueResult result, String organisation) {
		return row(result, organisation).items().getFirst().score();
	}

}
