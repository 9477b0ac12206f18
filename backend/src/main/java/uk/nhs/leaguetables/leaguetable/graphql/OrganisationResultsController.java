package uk.nhs.leaguetables.leaguetable.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.leaguetable.DomainResult;
import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.OrganisationPeriod;
import uk.nhs.leaguetables.leaguetable.ResultAdjustment;
import uk.nhs.leaguetables.organisation.Organisation;

/**
 * An organisation's published results: in a quarter, over time, explained, and the peers
 * that did better on a metric. The fields take arguments, so they are batched with data
 * loaders keyed by organisation and arguments: a list of organisations asking for the
 * same quarter costs one query, not one per organisation.
 */
@Controller
class OrganisationResultsController {

	private static final String RESULTS = "publishedResults";

	private static final String HISTORY = "publishedHistory";

	private static final String PEERS = "peersToLearnFrom";

	/** The most peers one organisation is shown on one metric. */
	private static final int MAX_PEERS = 50;

	private final LeagueTableRepository tables;

	OrganisationResultsController(LeagueTableRepository tables, BatchLoaderRegistry loaders) {
		this.tables = tables;
		loaders.<OrganisationPeriod, LeagueTableRow>forName(RESULTS)
			.registerMappedBatchLoader((Set<OrganisationPeriod> keys, BatchLoaderEnvironment environment) -> Mono
				.fromCallable(() -> tables.publishedRows(keys)));
		loaders.<HistoryKey, List<LeagueTableRow>>forName(HISTORY)
			.registerMappedBatchLoader((Set<HistoryKey> keys, BatchLoaderEnvironment environment) -> Mono
				.fromCallable(() -> history(keys)));
		loaders.<PeerKey, List<MetricScore>>forName(PEERS)
			.registerMappedBatchLoader(
					(Set<PeerKey> keys, BatchLoaderEnvironment environment) -> Mono.fromCallable(() -> peers(keys)));
	}

	@SchemaMapping(typeName = "Trust", field = "results")
	CompletableFuture<@Nullable LeagueTableRow> results(Organisation organisation, @Argument String period,
			DataFetchingEnvironment environment) {
		return environment.<OrganisationPeriod, LeagueTableRow>getDataLoader(RESULTS)
			.load(new OrganisationPeriod(organisation.code(), period));
	}

	@SchemaMapping(typeName = "Trust", field = "explanation")
	CompletableFuture<@Nullable LeagueTableRow> explanation(Organisation organisation, @Argument String period,
			DataFetchingEnvironment environment) {
		return results(organisation, period, environment);
	}

	@SchemaMapping(typeName = "Trust", field = "history")
	CompletableFuture<List<LeagueTableRow>> history(Organisation organisation, @Argument @Nullable String from,
			@Argument @Nullable String to, DataFetchingEnvironment environment) {
		return environment.<HistoryKey, List<LeagueTableRow>>getDataLoader(HISTORY)
			.load(new HistoryKey(organisation.code(), from, to));
	}

	@SchemaMapping(typeName = "Trust", field = "peersToLearnFrom")
	CompletableFuture<List<MetricScore>> peersToLearnFrom(Organisation organisation, @Argument String metric,
			@Argument String period, @Argument int first, DataFetchingEnvironment environment) {
		if (first < 0 || first > MAX_PEERS) {
			throw new IllegalArgumentException("first must be between 0 and " + MAX_PEERS + ", not " + first);
		}
		return environment.<PeerKey, List<MetricScore>>getDataLoader(PEERS)
			.load(new PeerKey(organisation.code(), metric, period))
			.thenApply((peers) -> (peers == null) ? List.of() : peers.subList(0, Math.min(first, peers.size())));
	}

	@SchemaMapping(typeName = "Explanation", field = "text")
	String text(LeagueTableRow row) {
		return row.explanation();
	}

	@BatchMapping(typeName = "Explanation", field = "metrics")
	Map<LeagueTableRow, List<MetricScore>> metrics(List<LeagueTableRow> rows) {
		return RowDetails.metrics(tables, rows);
	}

	@BatchMapping(typeName = "Explanation", field = "domains")
	Map<LeagueTableRow, List<DomainResult>> domains(List<LeagueTableRow> rows) {
		return RowDetails.domains(tables, rows);
	}

	@BatchMapping(typeName = "Explanation", field = "adjustments")
	Map<LeagueTableRow, List<ResultAdjustment>> adjustments(List<LeagueTableRow> rows) {
		return RowDetails.adjustments(tables, rows);
	}

	private Map<HistoryKey, List<LeagueTableRow>> history(Set<HistoryKey> keys) {
		// one query per distinct range; a request normally asks every organisation for
		// the same one
		Map<HistoryKey, List<LeagueTableRow>> result = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy((key) -> new Range(key.from(), key.to())))
			.forEach((range, ofRange) -> {
				Map<String, List<LeagueTableRow>> rows = tables
					.history(ofRange.stream().map(HistoryKey::organisationCode).toList(), range.from(), range.to());
				ofRange.forEach((key) -> result.put(key, rows.getOrDefault(key.organisationCode(), List.of())));
			});
		return result;
	}

	private Map<PeerKey, List<MetricScore>> peers(Set<PeerKey> keys) {
		Map<OrganisationPeriod, LeagueTableRow> own = tables.publishedRows(
				keys.stream().map((key) -> new OrganisationPeriod(key.organisationCode(), key.period())).toList());
		List<MetricScore> scores = tables.metricResults(
				own.values().stream().map(LeagueTableRow::calculationId).distinct().toList(),
				keys.stream().map(PeerKey::metric).distinct().toList());
		Map<PeerKey, List<MetricScore>> result = new HashMap<>();
		for (PeerKey key : keys) {
			LeagueTableRow row = own.get(new OrganisationPeriod(key.organisationCode(), key.period()));
			if (row == null) {
				continue;
			}
			List<MetricScore> onMetric = scores.stream()
				.filter((score) -> score.calculationId() == row.calculationId()
						&& score.metricId().equals(key.metric()))
				.toList();
			MetricScore mine = onMetric.stream()
				.filter((score) -> score.organisationCode().equals(key.organisationCode()))
				.findFirst()
				.orElse(null);
			List<MetricScore> better = new ArrayList<>();
			for (MetricScore other : onMetric) {
				// scores run from 1 (best) to 4; without a score of its own, every scored
				// peer is one to learn from
				if (mine == null || other.score().compareTo(mine.score()) < 0) {
					better.add(other);
				}
			}
			result.put(key, better);
		}
		return result;
	}

	/** The arguments of {@code history} for one organisation. */
	record HistoryKey(String organisationCode, @Nullable String from, @Nullable String to) {
	}

	/** A range of quarters, either end open. */
	record Range(@Nullable String from, @Nullable String to) {
	}

	/** The arguments of {@code peersToLearnFrom} for one organisation. */
	record PeerKey(String organisationCode, String metric, String period) {
	}

}
