package uk.nhs.leaguetables.scoring.result;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;

/**
 * A computed league table: a pure function of the framework rules and the league input
 * (§8).
 *
 * @param inputDigest SHA-256 (hex) of the canonical form of the rules and input, the same
 * for any input order
 * @param cutOffs the score segment cut-offs used; {@code null} under QUARTILE when no
 * organisation is segmented
 * @param leagueScoredItems scored items at least one organisation in the league has: the
 * basis of minimum coverage
 * @param metrics one summary per metric that at least one organisation of the league
 * reported, in code order
 * @param organisations in table order: by rank then code, then the not-segmented
 * organisations by code
 */
public record LeagueResult(String frameworkVersion, String league, String period, String inputDigest,
		@Nullable SegmentCutOffs cutOffs, int leagueScoredItems, List<MetricSummary> metrics,
		List<OrganisationResult> organisations) {

	public LeagueResult {
		metrics = List.copyOf(metrics);
		organisations = List.copyOf(organisations);
	}

}
