package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.scoring.Fixtures.league;
import static uk.nhs.leaguetables.scoring.Fixtures.organisation;

/** §8: the digest a publication stores of its inputs. */
class InputDigestTest {

	private static final MetricRule RTT = Fixtures.metric("OF0023", Direction.HIGHER_IS_BETTER,
			ScoringMethod.Continuous.uncapped());

	private static final MetricRule SICKNESS = Fixtures.metric("OF0082", Direction.LOWER_IS_BETTER,
			new ScoringMethod.Ranked());

	private static final FrameworkRules RULES = Fixtures.rules(RTT, SICKNESS);

	private static final LeagueInput LEAGUE = league(Map.of("A", new PreviousResult(2, 3)),
			organisation("A").value("OF0023", 92.1).value("OF0082", 4.5).inDeficit(),
			organisation("B").value("OF0023", 61.2).value("OF0082", 5.0).overriddenTo(4));

	@Test
	void the_digest_is_a_hex_sha_256() {
		assertThat(InputDigest.of(RULES, LEAGUE)).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void the_same_inputs_in_any_order_give_the_same_digest() {
		FrameworkRules reorderedRules = Fixtures.rules(SICKNESS, RTT);
		LeagueInput reorderedLeague = new LeagueInput(LEAGUE.league(), LEAGUE.period(),
				LEAGUE.organisations().reversed(), LEAGUE.previousResults());

		assertThat(InputDigest.of(reorderedRules, reorderedLeague)).isEqualTo(InputDigest.of(RULES, LEAGUE));
	}

	@Test
	void any_changed_input_changes_the_digest() {
		LeagueInput changedValue = league(Map.of("A", new PreviousResult(2, 3)),
				organisation("A").value("OF0023", 92.2).value("OF0082", 4.5).inDeficit(),
				organisation("B").value("OF0023", 61.2).value("OF0082", 5.0).overriddenTo(4));
		FrameworkRules changedCutOff = new FrameworkRules("TEST", List.of(RTT, SICKNESS),
				Fixtures.thresholds("2.10", "2.40", "2.70"), new BigDecimal("0.5"), 3, null, RULES.bootstrap());

		String digest = InputDigest.of(RULES, LEAGUE);
		assertThat(InputDigest.of(RULES, changedValue)).isNotEqualTo(digest);
		assertThat(InputDigest.of(changedCutOff, LEAGUE)).isNotEqualTo(digest);
	}

	@Test
	void equal_decimals_written_differently_give_the_same_digest() {
		FrameworkRules withTrailingZeros = new FrameworkRules("TEST", List.of(RTT, SICKNESS),
				Fixtures.thresholds("2.100", "2.35", "2.7"), new BigDecimal("0.50"), 3, null, RULES.bootstrap());

		assertThat(InputDigest.of(withTrailingZeros, LEAGUE)).isEqualTo(InputDigest.of(RULES, LEAGUE));
	}

	@Test
	void the_league_result_carries_the_digest() {
		assertThat(new LeagueTableScorer(RULES).score(LEAGUE).inputDigest()).isEqualTo(InputDigest.of(RULES, LEAGUE));
	}

}
