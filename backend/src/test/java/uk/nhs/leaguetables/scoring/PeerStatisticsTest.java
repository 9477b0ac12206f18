package uk.nhs.leaguetables.scoring;

import java.util.Arrays;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.result.ValueStatistics;
import uk.nhs.leaguetables.scoring.rules.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PeerStatisticsTest {

	@Test
	void quartiles_interpolate_between_order_statistics_like_excel_quartile_inc() {
		double[] values = { 1, 2, 3, 4 };
		// h = (n − 1) × p = 3 × 0.25 = 0.75 → x1 + 0.75 × (x2 − x1) = 1.75,
		// as Excel's QUARTILE.INC({1,2,3,4}, 1)
		assertThat(PeerStatistics.quantile(values, 0.25)).isEqualTo(1.75);
		// h = 1.5 → 2 + 0.5 × (3 − 2) = 2.5
		assertThat(PeerStatistics.quantile(values, 0.5)).isEqualTo(2.5);
		// h = 2.25 → 3 + 0.25 × (4 − 3) = 3.25
		assertThat(PeerStatistics.quantile(values, 0.75)).isEqualTo(3.25);
	}

	@Test
	void a_quantile_falling_on_an_order_statistic_is_that_value_exactly() {
		double[] values = { 61.2, 80.3, 98.0 };
		// h = 2 × 0.5 = 1 → x[1]
		assertThat(PeerStatistics.quantile(values, 0.5)).isEqualTo(80.3);
		assertThat(PeerStatistics.quantile(values, 0)).isEqualTo(61.2);
		assertThat(PeerStatistics.quantile(values, 1)).isEqualTo(98.0);
	}

	@Test
	void best_and_worst_follow_the_direction_and_quartiles_stay_numeric() {
		double[] values = { 61.2, 80.3, 92.1, 98.0 };

		ValueStatistics higherIsBetter = PeerStatistics.summarise(values, Direction.HIGHER_IS_BETTER);
		ValueStatistics lowerIsBetter = PeerStatistics.summarise(values, Direction.LOWER_IS_BETTER);

		assertThat(higherIsBetter.best()).isEqualTo(98.0);
		assertThat(higherIsBetter.worst()).isEqualTo(61.2);
		assertThat(lowerIsBetter.best()).isEqualTo(61.2);
		assertThat(lowerIsBetter.worst()).isEqualTo(98.0);
		// lower quartile: h = 0.75 → 61.2 + 0.75 × (80.3 − 61.2) = 75.525
		// median: h = 1.5 → 86.2; upper quartile: h = 2.25 → 93.575
		assertThat(lowerIsBetter.lowerQuartile()).isCloseTo(75.525, within(1e-9));
		assertThat(lowerIsBetter.median()).isCloseTo(86.2, within(1e-9));
		assertThat(lowerIsBetter.upperQuartile()).isCloseTo(93.575, within(1e-9));
		assertThat(higherIsBetter.lowerQuartile()).isEqualTo(lowerIsBetter.lowerQuartile());
	}

	@Test
	void a_single_peer_is_its_own_median_and_quartiles() {
		ValueStatistics statistics = PeerStatistics.summarise(new double[] { 7.5 }, Direction.HIGHER_IS_BETTER);

		assertThat(statistics).isEqualTo(new ValueStatistics(7.5, 7.5, 7.5, 7.5, 7.5));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void a_quantile_by_selection_equals_the_quantile_of_the_sorted_values(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double p = random.nextDouble();
		// Small integers, so that ties are common, as among replicate averages and ranks.
		double[] inAnyOrder = random.ints(random.nextInt(1, 61), 0, 7).asDoubleStream().toArray();
		double[] ascending = inAnyOrder.clone();
		Arrays.sort(ascending);

		assertThat(PeerStatistics.quantileInPlace(inAnyOrder, p)).isEqualTo(PeerStatistics.quantile(ascending, p));
	}

	static LongStream seeds() {
		return Trials.seeds(300);
	}

}
