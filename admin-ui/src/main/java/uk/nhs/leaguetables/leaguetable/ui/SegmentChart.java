package uk.nhs.leaguetables.leaguetable.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import uk.nhs.leaguetables.console.SvgChart;
import uk.nhs.leaguetables.console.chart.SegmentDistributionChart;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;

/** The segment distribution of a table's rows, shown and downloadable as SVG. */
public final class SegmentChart {

	private SegmentChart() {
	}

	/**
	 * @param id unique on the page
	 * @param title what the chart shows, also the download's file name
	 */
	public static SvgChart of(String id, String title, List<LeagueTableRow> rows) {
		Map<Integer, Long> bySegment = rows.stream()
			.filter((row) -> row.segment() != null)
			.collect(Collectors.groupingBy(LeagueTableRow::segment, Collectors.counting()));
		long notSegmented = rows.stream().filter((row) -> row.segment() == null).count();
		String svg = SegmentDistributionChart.svg("segments-" + id, title, bySegment, notSegmented);
		return new SvgChart(svg, title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".svg",
				"Download “" + title + "” (SVG)");
	}

}
