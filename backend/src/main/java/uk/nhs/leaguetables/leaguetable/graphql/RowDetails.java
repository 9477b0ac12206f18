package uk.nhs.leaguetables.leaguetable.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import uk.nhs.leaguetables.leaguetable.DomainResult;
import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.ResultAdjustment;
import uk.nhs.leaguetables.leaguetable.Segmentation;

/**
 * The metric scores, domain results and adjustments of many rows, and the segmentation of
 * many tables, in one query each, for the types that show them (a league table and its
 * rows, a draft, an organisation's explanation).
 */
final class RowDetails {

	private RowDetails() {
	}

	static Map<LeagueTableRow, List<MetricScore>> metrics(LeagueTableRepository tables, List<LeagueTableRow> rows) {
		return perRow(rows, tables::metricScores);
	}

	static Map<LeagueTableRow, List<DomainResult>> domains(LeagueTableRepository tables, List<LeagueTableRow> rows) {
		return perRow(rows, tables::domainResults);
	}

	static Map<LeagueTableRow, List<ResultAdjustment>> adjustments(LeagueTableRepository tables,
			List<LeagueTableRow> rows) {
		return perRow(rows, tables::adjustments);
	}

	/**
	 * The segmentation of each table, read for all of them at once, keyed by the table
	 * object GraphQL resolves it for.
	 */
	static <T> Map<T, Segmentation> segmentations(LeagueTableRepository tables, List<T> computedTables,
			ToLongFunction<T> calculationId) {
		Map<Long, Segmentation> byCalculation = tables
			.segmentations(computedTables.stream().map(calculationId::applyAsLong).toList());
		Map<T, Segmentation> result = new HashMap<>();
		computedTables.forEach((table) -> result.put(table, byCalculation.get(calculationId.applyAsLong(table))));
		return result;
	}

	private static <D> Map<LeagueTableRow, List<D>> perRow(List<LeagueTableRow> rows,
			Function<Collection<LeagueTableRow.ResultKey>, Map<LeagueTableRow.ResultKey, List<D>>> read) {
		Map<LeagueTableRow.ResultKey, List<D>> details = read.apply(rows.stream().map(LeagueTableRow::key).toList());
		Map<LeagueTableRow, List<D>> result = new HashMap<>();
		rows.forEach((row) -> result.put(row, details.getOrDefault(row.key(), List.of())));
		return result;
	}

}
