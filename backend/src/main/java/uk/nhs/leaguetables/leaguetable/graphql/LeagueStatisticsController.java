package uk.nhs.leaguetables.leaguetable.graphql;

import java.util.List;
import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.MetricRanking;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.SegmentSummary;
import uk.nhs.leaguetables.leaguetable.SummaryGrouping;
import uk.nhs.leaguetables.organisation.League;

/**
 * Views across a published table: one metric's ranking of every organisation, and how
 * regions or ICBs are spread over the segments.
 */
@Controller
class LeagueStatisticsController {

	private final LeagueTableRepository tables;

	LeagueStatisticsController(LeagueTableRepository tables) {
		this.tables = tables;
	}

	@QueryMapping
	Optional<MetricRanking> metricRanking(@Argument String metric, @Argument String period, @Argument League league) {
		return tables.metricRanking(metric, period, league);
	}

	@SchemaMapping(typeName = "MetricRanking", field = "rows")
	List<MetricScore> rankingRows(MetricRanking ranking) {
		return tables.metricResults(List.of(ranking.calculationId()), List.of(ranking.metricId()));
	}

	@QueryMapping
	List<SegmentSummary> leagueSummary(@Argument String period, @Argument League league,
			@Argument SummaryGrouping groupBy) {
		return tables.segmentSummary(period, league, groupBy);
	}

}
