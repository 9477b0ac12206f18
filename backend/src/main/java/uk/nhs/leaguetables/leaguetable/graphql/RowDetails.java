package uk.nhs.leaguetables.leaguetable.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.leaguetables.leaguetable.DomainResult;
import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.ResultAdjustment;

/**
 * The metric scores and adjustments of many rows in one query each, for the row types
 * that show them (a league table's rows and an organisation's explanation).
 */
final class RowDetails {

	private RowDetails() {
	}

	static Map<LeagueTableRow, List<MetricScore>> metrics(LeagueTableRepository tables, List<LeagueTableRow> rows) {
		Map<LeagueTableRow.ResultKey, List<MetricScore>> scores = tables
			.metricScores(rows.stream().map(LeagueTableRow::key).toList());
		Map<LeagueTableRow, List<MetricScore>> result = new HashMap<>();
		rows.forEach((row) -> result.put(row, scores.getOrDefault(row.key(), List.of())));
		return result;
	}

	static Map<LeagueTableRow, List<DomainResult>> domains(LeagueTableRepository tables, List<LeagueTableRow> rows) {
		Map<LeagueTableRow.ResultKey, List<DomainResult>> domains = tables
			.domainResults(rows.stream().map(LeagueTableRow::key).toList());
		Map<LeagueTableRow, List<DomainResult>> result = new HashMap<>();
		rows.forEach((row) -> result.put(row, domains.getOrDefault(row.key(), List.of())));
		return result;
	}

	static Map<LeagueTableRow, List<ResultAdjustment>> adjustments(LeagueTableRepository tables,
			List<LeagueTableRow> rows) {
		Map<LeagueTableRow.ResultKey, List<ResultAdjustment>> adjustments = tables
			.adjustments(rows.stream().map(LeagueTableRow::key).toList());
		Map<LeagueTableRow, List<ResultAdjustment>> result = new HashMap<>();
		rows.forEach((row) -> result.put(row, adjustments.getOrDefault(row.key(), List.of())));
		return result;
	}

}
