package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.LikelyRange;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.rules.BootstrapSettings;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.scoring.Fixtures.league;
import static uk.nhs.leaguetables.scoring.Fixtures.manualRules;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;
import static uk.nhs.leaguetables.scoring.Fixtures.row;

/** §9 likely ranges. */
class LikelyRangesTest {

	private static final FrameworkRules FOUR_MANUAL_METRICS = manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 4);

	private static final LeagueInput LEAGUE = league(organisation("STEADY_GOOD").manualScores(1.0, 1.0, 1.0, 1.0),
			organisation("STEADY_MIDDLE").manualScores(2.3, 2.3, 2.3, 2.3),
			organisation("SPREAD").manualScores(1.0, 4.0, 1.0, 4.0),
			organisation("STEADY_POOR").manualScores(3.5, 3.5, 3.5, 3.5), organisation("SPARSE").manualScores(2.0));

	@Test
	void identical_item_scores_give_a_point_range_clear_of_every_cut_off() {
		LeagueResult result = new LeagueTableScorer(FOUR_MANUAL_METRICS).score(LEAGUE);

		// Every resample of four 2.3s averages 2.30, inside segment 2:
		// 2.10 < 2.30 ≤ 2.35.
		assertThat(row(result, "STEADY_MIDDLE").likelyRange())
			.isEqualTo(new LikelyRange(new BigDecimal("2.30"), new BigDecimal("2.30"), 2, 3, true));
	}

	@Test
	void spread_item_scores_give_a_wide_range_that_crosses_cut_offs() {
		LeagueResult result = new LeagueTableScorer(FOUR_MANUAL_METRICS).score(LEAGUE);

		// Four draws from {1, 4}: the mean is 1 + 3k/4 with k ~ Binomial(4, ½).
		// P(k = 0) = P(k = 4) = 1/16 > 2.5%, so the 2.5th percentile is 1.00 and
		// the 97.5th is 4.00: the range spans every segment.
		LikelyRange spread = row(result, "SPREAD").likelyRange();
		assertThat(spread.lowestScore()).isEqualTo(new BigDecimal("1.00"));
		assertThat(spread.highestScore()).isEqualTo(new BigDecimal("4.00"));
		assertThat(spread.segmentDistinctFromNeighbours()).isFalse();
		// From joint first (with STEADY_GOOD) to last of the four ranked.
		assertThat(spread.bestRank()).isEqualTo(1);
		assertThat(spread.worstRank()).isEqualTo(4);
	}

	@Test
	void a_not_segmented_organisation_has_a_score_range_but_no_rank_range() {
		LeagueResult result = new LeagueTableScorer(FOUR_MANUAL_METRICS).score(LEAGUE);

		assertThat(row(result, "SPARSE").likelyRange())
			.isEqualTo(new LikelyRange(new BigDecimal("2.00"), new BigDecimal("2.00"), null, null, false));
	}

	@Test
	void the_bootstrap_is_deterministic_for_a_seed_and_independent_of_input_order() {
		LeagueResult first = new LeagueTableScorer(FOUR_MANUAL_METRICS).score(LEAGUE);
		LeagueResult reversed = new LeagueTableScorer(FOUR_MANUAL_METRICS).score(new LeagueInput(LEAGUE.league(),
				LEAGUE.period(), LEAGUE.organisations().reversed(), LEAGUE.previousResults()));

		assertThat(likelyRanges(reversed)).isEqualTo(likelyRanges(first));
	}

	@Test
	void uncertainty_never_changes_the_official_segment_or_rank() {
		FrameworkRules otherSeed = new FrameworkRules("TEST", FOUR_MANUAL_METRICS.metrics(),
				FOUR_MANUAL_METRICS.segmentMethod(), FOUR_MANUAL_METRICS.minimumCoverage(), 3, null,
				new BootstrapSettings(2000, 7));

		LeagueResult first = new LeagueTableScorer(FOUR_MANUAL_METRICS).score(LEAGUE);
		LeagueResult second = new LeagueTableScorer(otherSeed).score(LEAGUE);

		assertThat(second.organisations()).extracting(OrganisationResult::placement)
			.isEqualTo(first.organisations().stream().map(OrganisationResult::placement).toList());
	}

	private static List<LikelyRange> likelyRanges(LeagueResult result) {
		return result.organisations().stream().map(OrganisationResult::likelyRange).toList();
	}

}
