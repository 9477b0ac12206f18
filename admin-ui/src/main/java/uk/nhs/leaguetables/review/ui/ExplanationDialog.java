package uk.nhs.leaguetables.review.ui;

import java.math.MathContext;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import uk.nhs.leaguetables.console.SvgChart;
import uk.nhs.leaguetables.console.chart.RankTrendChart;
import uk.nhs.leaguetables.leaguetable.DomainResult;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.ResultAdjustment;
import uk.nhs.leaguetables.leaguetable.ui.TableLabels;

/**
 * Why an organisation sits where it does in a computed table: its place (with the
 * Recovery Support Programme and its support segment), each metric's value, score and
 * rank, each domain's score and segment, the adjustments to its segment, and its rank
 * over the published quarters.
 */
class ExplanationDialog extends Dialog {

	ExplanationDialog(String organisationName, LeagueTableRow row, List<MetricScore> metrics,
			Map<String, String> metricNames, List<ResultAdjustment> adjustments, List<DomainResult> domains,
			List<LeagueTableRow> history) {
		setHeaderTitle("Explanation: " + organisationName);
		setWidth("min(60rem, 95vw)");
		Paragraph place = new Paragraph(
				(row.rank() != null)
						? "Rank %d, segment %d, average score %s (likely %s–%s) from %d scored items.%s".formatted(
								row.rank(), row.segment(), row.averageScore(), row.likelyScoreLow(),
								row.likelyScoreHigh(), row.scoredItemCount(),
								row.recoverySupport() ? " RSP: in the Recovery Support Programme, support segment "
										+ row.supportSegment() + "." : "")
						: "Not segmented: " + row.notSegmentedReason());
		Paragraph explanation = new Paragraph(row.explanation());

		Grid<MetricScore> metricGrid = new Grid<>();
		metricGrid.addColumn((metric) -> metricNames.getOrDefault(metric.metricId(), metric.metricId()))
			.setHeader("Metric")
			.setFlexGrow(3);
		// six significant digits tell peers apart without the noise of derived
		// percentages
		metricGrid
			.addColumn((metric) -> (metric.value() != null)
					? metric.value().round(new MathContext(6)).stripTrailingZeros().toPlainString()
					: (metric.category() != null) ? metric.category() : "")
			.setHeader("Value")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		metricGrid.addColumn(MetricScore::score)
			.setHeader("Score")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		metricGrid.addColumn(MetricScore::rank).setHeader("Rank").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
		metricGrid.addColumn(MetricScore::explanation).setHeader("How it was scored").setFlexGrow(4);
		metricGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		metricGrid.setAriaLabel("Metric scores of " + organisationName);
		metricGrid.setItems(metrics);
		metricGrid.setHeight("18rem");

		Grid<DomainResult> domainGrid = new Grid<>();
		domainGrid.addColumn((domain) -> TableLabels.domain(domain.domain())).setHeader("Domain").setFlexGrow(3);
		domainGrid.addColumn(DomainResult::score)
			.setHeader("Domain score")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		domainGrid.addColumn((domain) -> (domain.segment() != null) ? String.valueOf(domain.segment()) : "none")
			.setHeader("Domain segment")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		domainGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		domainGrid.setAriaLabel("Domain scores of " + organisationName);
		domainGrid.setItems(domains);
		domainGrid.setAllRowsVisible(true);

		UnorderedList adjustmentList = new UnorderedList();
		adjustments.forEach((adjustment) -> adjustmentList.add(new ListItem("%s: segment %d → %d. %s".formatted(
				adjustment.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), adjustment.fromSegment(),
				adjustment.toSegment(), adjustment.reason()))));
		if (adjustments.isEmpty()) {
			adjustmentList.add(new ListItem("None: the segment follows from the average score."));
		}

		String trend = RankTrendChart.svg("trend-" + row.organisationCode(),
				"Rank of " + organisationName + " in the published quarters",
				history.stream()
					.map((published) -> new RankTrendChart.Quarter(published.period(), published.rank(),
							published.segment(), published.likelyRankBest(), published.likelyRankWorst()))
					.toList());
		add(place, explanation, new H3("Adjustments"), adjustmentList, new H3("Domains"), domainGrid, new H3("Metrics"),
				metricGrid, new H3("Rank over the published quarters"),
				new SvgChart(trend, "rank-trend-" + row.organisationCode() + ".svg", "Download the rank chart (SVG)"));
		Button close = new Button("Close", (click) -> close());
		getFooter().add(close);
	}

}
