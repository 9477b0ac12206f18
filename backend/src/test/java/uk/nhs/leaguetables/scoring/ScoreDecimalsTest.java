package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.result.ScoreDecimals;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreDecimalsTest {

	@Test
	void published_scores_round_half_up_to_two_places() {
		assertThat(ScoreDecimals.published(2.125)).isEqualTo(new BigDecimal("2.13"));
		assertThat(ScoreDecimals.published(2.135)).isEqualTo(new BigDecimal("2.14"));
		assertThat(ScoreDecimals.published(1.0)).isEqualTo(new BigDecimal("1.00"));
	}

	@Test
	void a_binary_artefact_just_below_a_half_still_rounds_as_the_decimal_it_stands_for() {
		// 1 + 3 × 0.375 is 2.125 in decimal; should double arithmetic give
		// 2.1249999999999996, it must still publish as 2.13, not 2.12.
		assertThat(ScoreDecimals.published(2.1249999999999996)).isEqualTo(new BigDecimal("2.13"));
	}

	@Test
	void the_published_mean_divides_the_exact_sum_and_rounds_half_up() {
		// §4 check: 24.31 / 11 = 2.21
		assertThat(ScoreDecimals.publishedMean(new BigDecimal("24.31"), 11)).isEqualTo(new BigDecimal("2.21"));
		// 4.25 / 2 = 2.125 → 2.13 (half-up, where half-even would give 2.12)
		assertThat(ScoreDecimals.publishedMean(new BigDecimal("4.25"), 2)).isEqualTo(new BigDecimal("2.13"));
	}

}
