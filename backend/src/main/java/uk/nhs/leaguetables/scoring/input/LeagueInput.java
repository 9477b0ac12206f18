package uk.nhs.leaguetables.scoring.input;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import uk.nhs.leaguetables.scoring.rules.Checks;

/**
 * Everything one league table of one period is computed from, besides the framework rules
 * (§8).
 *
 * @param previousResults the previous published table's rows by organisation code;
 * organisations absent from it are new to the league (§7)
 */
public record LeagueInput(String league, String period, List<OrganisationInput> organisations,
		Map<String, PreviousResult> previousResults) {

	public LeagueInput {
		Checks.requireText(league, "league");
		Checks.requireText(period, "period");
		organisations = List.copyOf(organisations);
		previousResults = Map.copyOf(previousResults);
		var codes = new HashSet<String>();
		for (OrganisationInput organisation : organisations) {
			if (!codes.add(organisation.code())) {
				throw new IllegalArgumentException("organisation " + organisation.code() + " appears twice");
			}
		}
	}

}
