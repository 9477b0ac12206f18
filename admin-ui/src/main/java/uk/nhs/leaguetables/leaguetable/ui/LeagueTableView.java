package uk.nhs.leaguetables.leaguetable.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;

/**
 * A published league table: its segmentation, then rank, trust, segment (with the
 * Recovery Support Programme marker), average score with its likely range, movement since
 * the previous quarter; a row opens to its explanation and domain results.
 */
@Route("league-tables")
@PageTitle("League tables | NHS League Tables")
@Menu(order = 5, title = "League tables", icon = "vaadin:table")
@PermitAll
public class LeagueTableView extends VerticalLayout {

	private final LeagueTableRepository tables;

	private final OrganisationRepository organisations;

	private final ComboBox<League> league = new ComboBox<>("League");

	private final ComboBox<String> period = new ComboBox<>("Quarter");

	private final Paragraph provenance = new Paragraph();

	private final Paragraph segmentation = new Paragraph();

	private final Grid<LeagueTableRow> grid = new Grid<>();

	private final Details chart = new Details("Segments at a glance (chart)");

	private Map<String, Organisation> names = Map.of();

	LeagueTableView(LeagueTableRepository tables, OrganisationRepository organisations) {
		this.tables = tables;
		this.organisations = organisations;
		setSizeFull();

		league.setItems(League.ACUTE, League.NON_ACUTE, League.AMBULANCE, League.ICB);
		league.addValueChangeListener((event) -> periods());
		period.addValueChangeListener((event) -> show());
		provenance.addClassName("provenance");
		segmentation.setId("segmentation");

		grid.addColumn(LeagueTableRow::rank).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
		grid.addColumn((row) -> name(row.organisationCode())).setHeader("Trust").setFlexGrow(3);
		grid.addColumn(TableLabels::segment).setHeader("Segment").setAutoWidth(true);
		grid.addColumn(LeagueTableRow::averageScore)
			.setHeader("Average score")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn(
				(row) -> (row.likelyScoreLow() != null) ? row.likelyScoreLow() + "–" + row.likelyScoreHigh() : "")
			.setHeader("Likely range")
			.setAutoWidth(true);
		grid.addColumn(new ComponentRenderer<>((row) -> movement(row.rankChange())))
			.setHeader("Places since last quarter")
			.setAutoWidth(true);
		grid.addColumn((row) -> row.inDeficit() ? "deficit" : "").setHeader("Finance").setAutoWidth(true);
		grid.setItemDetailsRenderer(
				new ComponentRenderer<>((row) -> new Div(new Paragraph(row.explanation()), new Paragraph(TableLabels
					.domains(tables.domainResults(List.of(row.key())).getOrDefault(row.key(), List.of()))))));
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setAriaLabel("League table");
		grid.setSizeFull();

		chart.setWidthFull();
		add(new H2("League tables"), new HorizontalLayout(league, period), provenance, segmentation, chart, grid);
		league.setValue(League.ACUTE);
	}

	private void periods() {
		List<String> published = (league.getValue() != null) ? tables.publishedPeriods(league.getValue()) : List.of();
		period.setItems(published);
		period.setValue(published.isEmpty() ? null : published.getFirst());
		if (published.isEmpty()) {
			show();
		}
	}

	private void show() {
		PublishedTable table = (league.getValue() != null && period.getValue() != null)
				? tables.published(period.getValue(), league.getValue(), null).orElse(null) : null;
		if (table == null) {
			provenance.setText("No table of this league has been published yet.");
			segmentation.setText("");
			grid.setItems(List.of());
			chart.setVisible(false);
			return;
		}
		List<LeagueTableRow> rows = tables.rows(table.calculationId());
		names = organisations.findByCodes(rows.stream().map(LeagueTableRow::organisationCode).toList())
			.stream()
			.collect(Collectors.toMap(Organisation::code, Function.identity()));
		provenance.setText("Revision %d under %s, prepared by %s, approved by %s, published %s. Output digest %s."
			.formatted(table.revision(), table.frameworkVersion(), table.preparedBy(), table.approvedBy(),
					table.publishedAt().toLocalDate(), table.outputDigest().substring(0, 12) + "…"));
		segmentation.setText(TableLabels
			.segmentation(tables.segmentations(List.of(table.calculationId())).get(table.calculationId())));
		grid.setItems(rows);
		chart.removeAll();
		chart.add(SegmentChart.of("published", table.period() + " " + table.league() + " by segment", rows));
		chart.setVisible(true);
	}

	private String name(String code) {
		Organisation organisation = names.get(code);
		return (organisation != null) ? organisation.name() : code;
	}

	private static Span movement(@Nullable Integer placesUp) {
		if (placesUp == null) {
			return new Span("new");
		}
		Span movement = new Span((placesUp > 0) ? "▲ " + placesUp : (placesUp < 0) ? "▼ " + -placesUp : "–");
		movement.getElement()
			.setAttribute("aria-label", (placesUp > 0) ? "up " + placesUp + " places"
					: (placesUp < 0) ? "down " + -placesUp + " places" : "no change");
		movement.addClassName((placesUp > 0) ? "moved-up" : (placesUp < 0) ? "moved-down" : "unchanged");
		return movement;
	}

}
