package uk.nhs.leaguetables.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.Movement;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.scoring.Fixtures.league;
import static uk.nhs.leaguetables.scoring.Fixtures.manualRules;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;
import static uk.nhs.leaguetables.scoring.Fixtures.row;
import static uk.nhs.leaguetables.scoring.Fixtures.segmented;

/** §6 league ranks and §7 movement. */
class LeagueRankingTest {

	private static final FrameworkRules TWO_MANUAL_METRICS = manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 2);

	@Test
	void the_final_segment_ranks_before_the_average_and_segment_five_after_four() {
		// Averages: A 1.50 (segment 1, held at 3 by the financial override),
		// B 2.50 (3), C 2.20 (2), D 1.20 (1, placed in 5 by recovery support),
		// E 3.50 (4), F 1.00 from one of two items (1 ≥ 0.5 × 2: segmented).
		LeagueResult result = new LeagueTableScorer(TWO_MANUAL_METRICS)
			.score(league(organisation("A").manualScores(1.50, 1.50).inDeficit(),
					organisation("B").manualScores(2.50, 2.50), organisation("C").manualScores(2.20, 2.20),
					organisation("D").manualScores(1.20, 1.20).inRecoverySupport("entered RSP"),
					organisation("E").manualScores(3.50, 3.50), organisation("F").manualScores(1.00)));

		// Final segments C 2; A 3 (1.50) before B 3 (2.50); E 4; D 5.
		assertThat(result.organisations()).extracting(OrganisationResult::code)
			.containsExactly("F", "C", "A", "B", "E", "D");
		assertThat(List.of("F", "C", "A", "B", "E", "D")).extracting(code -> segmented(result, code).rank())
			.containsExactly(1, 2, 3, 4, 5, 6);
		// By average alone: F 1.00, D 1.20, A 1.50, C 2.20, B 2.50, E 3.50.
		assertThat(List.of("F", "D", "A", "C", "B", "E")).extracting(code -> segmented(result, code).rankByAverage())
			.containsExactly(1, 2, 3, 4, 5, 6);
	}

	@Test
	void not_segmented_organisations_are_listed_last_without_a_rank() {
		LeagueResult result = new LeagueTableScorer(manualRules(Fixtures.NOF_2025_26_THRESHOLDS, 3))
			.score(league(organisation("SPARSE").manualScores(1.00), organisation("B").manualScores(3.0, 3.0, 3.0),
					organisation("A").manualScores(2.0, 2.0, 2.0)));

		// SPARSE has 1 of 3 items, below 0.5 × 3 = 1.5: listed after A and B.
		assertThat(result.organisations()).extracting(OrganisationResult::code).containsExactly("A", "B", "SPARSE");
		assertThat(row(result, "SPARSE").placement()).isInstanceOf(Placement.NotSegmented.class);
	}

	@Test
	void equal_segment_and_rounded_average_share_a_rank_and_the_next_skips() {
		LeagueResult result = new LeagueTableScorer(TWO_MANUAL_METRICS)
			.score(league(organisation("A").manualScores(2.00, 2.00), // 2.00
					organisation("B").manualScores(2.00, 2.01), // 2.005 → 2.01
					organisation("C").manualScores(2.01, 2.01), // 2.01
					organisation("D").manualScores(2.05, 2.05))); // 2.05

		// All segment 1: 2.00 → 1; 2.01 and 2.01 share 2; 2.05 → 4
		assertThat(List.of("A", "B", "C", "D")).extracting(code -> segmented(result, code).rank())
			.containsExactly(1, 2, 2, 4);
	}

	@Test
	void movement_compares_segment_and_rank_with_the_previous_publication() {
		Map<String, PreviousResult> previous = Map.of("A", new PreviousResult(2, 5), "B",
				new PreviousResult(null, null), "C", new PreviousResult(1, 1));
		LeagueResult result = new LeagueTableScorer(TWO_MANUAL_METRICS)
			.score(league(previous, organisation("A").manualScores(1.0, 1.0), organisation("B").manualScores(2.0, 2.0),
					organisation("C").manualScores(3.0, 3.0), organisation("NEW").manualScores(3.0, 3.0)));

		// A: segment 2 → 1 and rank 5 → 1
		// C: segment 1 → 4 and rank 1 → 3 (shared with NEW)
		assertThat(row(result, "A").movement()).isEqualTo(new Movement.SincePrevious(2, 5, 1, 4));
		assertThat(row(result, "A").explanation())
			.contains("Since the previous publication: up 1 segment and up 4 places.");
		assertThat(row(result, "C").movement()).isEqualTo(new Movement.SincePrevious(1, 1, -3, -2));
		assertThat(row(result, "C").explanation())
			.contains("Since the previous publication: down 3 segments and down 2 places.");
		assertThat(row(result, "B").movement()).isEqualTo(new Movement.SincePrevious(null, null, null, null));
		assertThat(row(result, "NEW").movement()).isEqualTo(new Movement.NewToLeague());
		assertThat(row(result, "NEW").explanation()).contains("New to this league's table.");
	}

}
