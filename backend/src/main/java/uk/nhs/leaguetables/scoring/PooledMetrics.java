package uk.nhs.leaguetables.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.MetricScoring.ScoredMetric;
import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.MetricSummary;
import uk.nhs.leaguetables.scoring.rules.MetricRule;

/**
 * Every metric scored over its peer pools (§3): the organisations of the leagues scored
 * together are grouped by the pool their league belongs to for that metric, and each
 * group is scored as one set of peers.
 */
final class PooledMetrics {

	/** Where an organisation sits: its league's index and its index in that league. */
	private record Member(int league, int organisation) {
	}

	private final List<List<List<MetricResult>>> resultsByLeague;

	private final List<List<MetricSummary>> summariesByLeague;

	private PooledMetrics(List<List<List<MetricResult>>> resultsByLeague, List<List<MetricSummary>> summariesByLeague) {
		this.resultsByLeague = resultsByLeague;
		this.summariesByLeague = summariesByLeague;
	}

	/**
	 * @param metrics in code order, so every organisation's results are in code order
	 * @param organisationsByLeague each league's organisations, aligned with
	 * {@code leagues}
	 */
	static PooledMetrics score(List<MetricRule> metrics, List<LeagueInput> leagues,
			List<List<OrganisationInput>> organisationsByLeague) {
		var resultsByLeague = new ArrayList<List<List<MetricResult>>>(leagues.size());
		var summariesByLeague = new ArrayList<List<MetricSummary>>(leagues.size());
		for (List<OrganisationInput> organisations : organisationsByLeague) {
			var results = new ArrayList<List<MetricResult>>(organisations.size());
			organisations.forEach(organisation -> results.add(new ArrayList<>()));
			resultsByLeague.add(results);
			summariesByLeague.add(new ArrayList<>());
		}
		for (MetricRule metric : metrics) {
			for (List<Member> pool : poolsOf(metric, leagues, organisationsByLeague)) {
				var observations = new ArrayList<@Nullable Observation>(pool.size());
				for (Member member : pool) {
					observations.add(organisationsByLeague.get(member.league())
						.get(member.organisation())
						.observations()
						.get(metric.code()));
				}
				ScoredMetric scored = MetricScoring.score(metric, observations);
				boolean[] leagueHasPeers = new boolean[leagues.size()];
				for (int k = 0; k < pool.size(); k++) {
					MetricResult result = scored.resultByOrganisation().get(k);
					if (result != null) {
						Member member = pool.get(k);
						resultsByLeague.get(member.league()).get(member.organisation()).add(result);
						leagueHasPeers[member.league()] = true;
					}
				}
				// Metrics no organisation of a league reported do not apply to it.
				for (int l = 0; l < leagues.size(); l++) {
					if (leagueHasPeers[l]) {
						summariesByLeague.get(l).add(scored.summary());
					}
				}
			}
		}
		return new PooledMetrics(resultsByLeague, summariesByLeague);
	}

	/** The pools of one metric, each its members in league order then code order. */
	private static List<List<Member>> poolsOf(MetricRule metric, List<LeagueInput> leagues,
			List<List<OrganisationInput>> organisationsByLeague) {
		var pools = new LinkedHashMap<String, List<Member>>();
		for (int l = 0; l < leagues.size(); l++) {
			List<Member> pool = pools.computeIfAbsent(metric.peerPool().poolOf(leagues.get(l).league()),
					key -> new ArrayList<>());
			for (int i = 0; i < organisationsByLeague.get(l).size(); i++) {
				pool.add(new Member(l, i));
			}
		}
		return List.copyOf(pools.values());
	}

	/** The organisation's metric results, in metric code order. */
	List<MetricResult> resultsOf(int league, int organisation) {
		return resultsByLeague.get(league).get(organisation);
	}

	/**
	 * The summaries of the metrics the league reported, in code order; each describes the
	 * metric's whole pool.
	 */
	List<MetricSummary> summariesOf(int league) {
		return summariesByLeague.get(league);
	}

}
