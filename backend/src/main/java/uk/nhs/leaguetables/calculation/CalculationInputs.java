package uk.nhs.leaguetables.calculation;

import java.util.List;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;

/**
 * What the engine needs for one league table: the framework version's rules, the league's
 * inputs and those of every league scored together with it (its own included).
 */
record CalculationInputs(String frameworkCode, FrameworkRules rules, LeagueInput league,
		List<LeagueInput> scoredTogether) {

	CalculationInputs {
		scoredTogether = List.copyOf(scoredTogether);
	}

}
