package uk.nhs.leaguetables.leaguetable.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.leaguetable.DomainResult;
import uk.nhs.leaguetables.leaguetable.DraftTable;
import uk.nhs.leaguetables.leaguetable.DraftTableService;
import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.leaguetable.Segmentation;
import uk.nhs.leaguetables.leaguetable.ResultAdjustment;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;

/**
 * The {@code leagueTable} and {@code draftLeagueTable} queries and the fields of their
 * rows. A table's rows come in one query; their organisations, metric scores and
 * adjustments in one batched query each, whatever the number of rows or tables.
 */
@Controller
class LeagueTableController {

	private final LeagueTableRepository tables;

	private final DraftTableService drafts;

	private final OrganisationRepository organisations;

	LeagueTableController(LeagueTableRepository tables, DraftTableService drafts,
			OrganisationRepository organisations) {
		this.tables = tables;
		this.drafts = drafts;
		this.organisations = organisations;
	}

	@QueryMapping
	Optional<PublishedTable> leagueTable(@Argument String period, @Argument League league,
			@Argument @Nullable Integer revision) {
		return tables.published(period, league, revision);
	}

	@QueryMapping
	Optional<DraftTable> draftLeagueTable(@Argument String period, @Argument League league) {
		return drafts.latestDraft(period, league);
	}

	@SchemaMapping(typeName = "LeagueTable", field = "rows")
	List<LeagueTableRow> rows(PublishedTable table) {
		return tables.rows(table.calculationId());
	}

	@SchemaMapping(typeName = "DraftLeagueTable", field = "rows")
	List<LeagueTableRow> draftRows(DraftTable table) {
		return tables.rows(table.calculationId());
	}

	@SchemaMapping(typeName = "LeagueTable", field = "publishedAt")
	String publishedAt(PublishedTable table) {
		return table.publishedAt().toString();
	}

	@SchemaMapping(typeName = "DraftLeagueTable", field = "computedAt")
	String computedAt(DraftTable table) {
		return table.computedAt().toString();
	}

	@BatchMapping(typeName = "LeagueTableRow", field = "organisation")
	Map<LeagueTableRow, Organisation> organisation(List<LeagueTableRow> rows) {
		return organisations.forEach(rows, LeagueTableRow::organisationCode);
	}

	@BatchMapping(typeName = "LeagueTableRow", field = "metrics")
	Map<LeagueTableRow, List<MetricScore>> metrics(List<LeagueTableRow> rows) {
		return RowDetails.metrics(tables, rows);
	}

	@BatchMapping(typeName = "LeagueTableRow", field = "domains")
	Map<LeagueTableRow, List<DomainResult>> domains(List<LeagueTableRow> rows) {
		return RowDetails.domains(tables, rows);
	}

	@BatchMapping(typeName = "LeagueTable", field = "segmentation")
	Map<PublishedTable, Segmentation> segmentation(List<PublishedTable> publishedTables) {
		return RowDetails.segmentations(tables, publishedTables, PublishedTable::calculationId);
	}

	@BatchMapping(typeName = "DraftLeagueTable", field = "segmentation")
	Map<DraftTable, Segmentation> draftSegmentation(List<DraftTable> drafts) {
		return RowDetails.segmentations(tables, drafts, DraftTable::calculationId);
	}

	@BatchMapping(typeName = "LeagueTableRow", field = "adjustments")
	Map<LeagueTableRow, List<ResultAdjustment>> adjustments(List<LeagueTableRow> rows) {
		return RowDetails.adjustments(tables, rows);
	}

	@BatchMapping(typeName = "MetricScore", field = "organisation")
	Map<MetricScore, Organisation> metricOrganisation(List<MetricScore> scores) {
		return organisations.forEach(scores, MetricScore::organisationCode);
	}

}
