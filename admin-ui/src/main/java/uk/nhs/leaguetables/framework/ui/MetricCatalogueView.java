package uk.nhs.leaguetables.framework.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.framework.FrameworkCatalogue;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.organisation.League;

/**
 * The metric catalogue of each framework version: what is measured, how it is scored and
 * where its definition came from. Read only for everyone, ADMIN included: a framework
 * version is immutable once quarters are assessed under it, and a changed rule is a new
 * version loaded from {@code db/seed/framework}.
 */
@Route("metrics")
@PageTitle("Metric catalogue | NHS League Tables")
@Menu(order = 12, title = "Metric catalogue", icon = "vaadin:list")
@PermitAll
public class MetricCatalogueView extends VerticalLayout {

	private final FrameworkRepository frameworks;

	private final ComboBox<FrameworkCatalogue.Version> version = new ComboBox<>("Framework version");

	private final ComboBox<League> league = new ComboBox<>("League");

	private final Paragraph summary = new Paragraph();

	private final Grid<FrameworkCatalogue.Metric> grid = new Grid<>();

	MetricCatalogueView(FrameworkRepository frameworks) {
		this.frameworks = frameworks;
		setSizeFull();
		List<FrameworkCatalogue.Version> versions = frameworks.versions();
		version.setItems(versions);
		version.setItemLabelGenerator(FrameworkCatalogue.Version::name);
		version.setWidth("22rem");
		league.setItems(League.values());
		league.setClearButtonVisible(true);
		league.setPlaceholder("All leagues");
		version.addValueChangeListener((event) -> show());
		league.addValueChangeListener((event) -> show());

		grid.addColumn(FrameworkCatalogue.Metric::id).setHeader("Metric").setWidth("5.5rem").setFlexGrow(0);
		grid.addColumn(FrameworkCatalogue.Metric::name)
			.setHeader("Name")
			.setTooltipGenerator(FrameworkCatalogue.Metric::name)
			.setWidth("18rem")
			.setFlexGrow(1);
		grid.addColumn((metric) -> words(metric.domain()))
			.setHeader("Domain")
			.setTooltipGenerator((metric) -> words(metric.domain()))
			.setWidth("11rem")
			.setFlexGrow(0);
		grid.addColumn((metric) -> metric.unit() + ", " + words(metric.direction()))
			.setHeader("Unit and direction")
			.setWidth("11rem")
			.setFlexGrow(0);
		grid.addColumn((metric) -> metric.contextual() ? "contextual, not scored"
				: words(metric.scoringMethod()) + " (" + metric.scoredItem() + ")")
			.setHeader("Scoring")
			.setWidth("12rem")
			.setFlexGrow(0);
		grid.setItemDetailsRenderer(new ComponentRenderer<>(
				(metric) -> new Paragraph("Basis: %s%s. Valid range: %s to %s. %s. Source: %s.%s".formatted(
						metric.basis(), (metric.basisNote() != null) ? " (" + metric.basisNote() + ")" : "",
						text(metric.validMin()), text(metric.validMax()), metric.mandatory() ? "Mandatory" : "Optional",
						metric.source(), (metric.assumption() != null) ? " Assumption: " + metric.assumption() : ""))));
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setAriaLabel("Metric catalogue");
		grid.setId("metric-catalogue");
		grid.setSizeFull();

		add(new H2("Metric catalogue"), new HorizontalLayout(version, league), summary, grid);
		if (!versions.isEmpty()) {
			version.setValue(versions.getLast());
		}
	}

	private void show() {
		FrameworkCatalogue.Version selected = version.getValue();
		if (selected == null) {
			grid.setItems(List.of());
			summary.setText("Choose a framework version.");
			return;
		}
		List<FrameworkCatalogue.Metric> metrics = frameworks.metrics(selected.code(), league.getValue());
		grid.setItems(metrics);
		summary.setText("%d metrics, %d of them scored; segments by %s. Select a metric for its basis and source."
			.formatted(metrics.size(), metrics.stream().filter((metric) -> !metric.contextual()).count(),
					words(selected.segmentMethod())));
	}

	/** E.g. ACCESS_TO_SERVICES as "access to services". */
	private static String words(String constant) {
		return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "none";
	}

}
