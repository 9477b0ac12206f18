package uk.nhs.leaguetables.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

	@Test
	void tied_keys_share_a_competition_rank_and_the_next_rank_skips() {
		assertThat(Ranking.competitionRanks(new double[] { 3.0, 1.0, 2.0, 2.0 })).containsExactly(4, 1, 2, 2);
	}

	@Test
	void tied_keys_take_the_mean_of_the_positions_they_occupy() {
		// 2.0 and 2.0 occupy positions 2 and 3 → 2.5 each
		assertThat(Ranking.meanPositions(new double[] { 3.0, 1.0, 2.0, 2.0 })).containsExactly(4, 1, 2.5, 2.5);
	}

	@Test
	void league_keys_order_by_segment_before_average() {
		assertThat(Ranking.leagueKey(2, 390)).isLessThan(Ranking.leagueKey(3, 100));
		assertThat(Ranking.leagueKey(4, 400)).isLessThan(Ranking.leagueKey(5, 100));
		assertThat(Ranking.leagueKey(3, 220)).isLessThan(Ranking.leagueKey(3, 221));
	}

	@Test
	void counting_ranks_league_keys_like_competition_ranking() {
		int[] keys = { Ranking.leagueKey(3, 150), Ranking.leagueKey(1, 210), Ranking.leagueKey(3, 150),
				Ranking.leagueKey(5, 100) };
		int[] ranks = new int[keys.length];

		Ranking.competitionRanksOfLeagueKeys(keys, ranks, new int[Ranking.LEAGUE_KEY_LIMIT]);

		assertThat(ranks).containsExactly(2, 1, 2, 4);
	}

}
