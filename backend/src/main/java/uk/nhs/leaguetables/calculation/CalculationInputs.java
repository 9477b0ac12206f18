package uk.nhs.leaguetables.calculation;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;

/**
 * What the engine needs for one league table: the framework version's rules and the
 * league's inputs.
 */
record CalculationInputs(String frameworkCode, FrameworkRules rules, LeagueInput league) {
}
