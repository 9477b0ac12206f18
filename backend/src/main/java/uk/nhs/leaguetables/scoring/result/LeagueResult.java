package uk.nhs.leaguetables.scoring.result;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;

/**
 * A computed league table: a pure function of the framework rules and the league input
 * (§8).
 *
 * @param inputDigest SHA-256 (hex) of the canonical form of the rules and input, the same
 * for any input order
 * @param cutOffs the score segment cut-offs used; {@code null} under quartile methods
 * when no organisation is segmented
 * @param leagueScoredItems scored items at least one organisation in the league has: the
 * basis of minimum coverage
 * @param metrics one summary per metric that at least one organisation of the league
 * reported, in code order
 * @param organisations in table order: by rank then code, then the not-segmented
 * organisations by code
 * @param domainCutOffs each domain's segment cut-offs, by domain (§4 domain segments)
 * @param segmentMethod how the cut-offs were set: {@code THRESHOLDS}, {@code QUARTILE} or
 * {@code POOLED_QUARTILES}
 */
public record LeagueResult(String frameworkVersion, String league, String period, String inputDigest,
		@Nullable SegmentCutOffs cutOffs, int leagueScoredItems, List<MetricSummary> metrics,
		List<OrganisationResult> organisations, Map<String, SegmentCutOffs> domainCutOffs, String segmentMethod) {

	public LeagueResult {
		metrics = List.copyOf(metrics);
		organisations = List.copyOf(organisations);
		domainCutOffs = Collections.unmodifiableSortedMap(new TreeMap<>(domainCutOffs));
	}

}
