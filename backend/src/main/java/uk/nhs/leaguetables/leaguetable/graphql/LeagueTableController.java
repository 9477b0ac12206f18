package uk.nhs.leaguetables.leaguetable.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;

/**
 * The {@code leagueTable} query. A table's rows come in one query; their organisations
 * and metric scores in one batched query each, whatever the number of rows.
 */
@Controller
class LeagueTableController {

	private final LeagueTableRepository tables;

	private final OrganisationRepository organisations;

	LeagueTableController(LeagueTableRepository tables, OrganisationRepository organisations) {
		this.tables = tables;
		this.organisations = organisations;
	}

	@QueryMapping
	Optional<PublishedTable> leagueTable(@Argument String period, @Argument League league,
			@Argument @Nullable Integer revision) {
		return tables.published(period, league, revision);
	}

	@SchemaMapping(typeName = "LeagueTable", field = "rows")
	List<LeagueTableRow> rows(PublishedTable table) {
		return tables.rows(table.calculationId());
	}

	@SchemaMapping(typeName = "LeagueTable", field = "publishedAt")
	String publishedAt(PublishedTable table) {
		return table.publishedAt().toString();
	}

	@BatchMapping(typeName = "LeagueTableRow", field = "organisation")
	Map<LeagueTableRow, Organisation> organisation(List<LeagueTableRow> rows) {
		return organisations.forEach(rows, LeagueTableRow::organisationCode);
	}

	@BatchMapping(typeName = "LeagueTableRow", field = "metrics")
	Map<LeagueTableRow, List<MetricScore>> metrics(List<LeagueTableRow> rows) {
		// one request may ask for several tables (aliases): one query per table, never
		// one per row
		Map<LeagueTableRow, List<MetricScore>> result = new HashMap<>();
		rows.stream().collect(Collectors.groupingBy(LeagueTableRow::calculationId)).forEach((calculation, ofTable) -> {
			Map<String, List<MetricScore>> scores = tables.metricScores(calculation,
					ofTable.stream().map(LeagueTableRow::organisationCode).toList());
			ofTable.forEach((row) -> result.put(row, scores.getOrDefault(row.organisationCode(), List.of())));
		});
		return result;
	}

}
