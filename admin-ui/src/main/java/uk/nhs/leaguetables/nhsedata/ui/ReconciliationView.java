package uk.nhs.leaguetables.nhsedata.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.dashboard.ui.Labels;
import uk.nhs.leaguetables.framework.FrameworkCatalogue;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.nhsedata.ReconciliationService;
import uk.nhs.leaguetables.nhsedata.ReconciliationService.ReconciledTable;
import uk.nhs.leaguetables.nhsedata.domain.Reconciliation;
import uk.nhs.leaguetables.organisation.League;

/**
 * Staff put a quarter's calculation of a league beside NHS England's reference
 * publication: how many items match, per item (metric scores, domain scores and segments,
 * the summary items and ranks), and every organisation's item, differences first. The
 * service checks the role again.
 */
@Route("reconciliation")
@PageTitle("Reconciliation with NHS England | NHS League Tables")
@Menu(order = 23, title = "Reconciliation", icon = "vaadin:scale")
@RolesAllowed({ "PREPARER", "APPROVER", "AUDITOR", "ADMIN" })
public class ReconciliationView extends VerticalLayout implements BeforeEnterObserver {

	private final ReconciliationService reconciliations;

	private final ComboBox<String> period = new ComboBox<>("Quarter");

	private final ComboBox<League> league = new ComboBox<>("League");

	private final Checkbox onlyDifferences = new Checkbox("Only differences", true);

	private final Paragraph summary = new Paragraph(
			"Choose a quarter and a league that have a calculation and an imported NHS England publication.");

	private final Grid<Reconciliation.ItemTotal> items = new Grid<>();

	private final Grid<Reconciliation.Line> lines = new Grid<>();

	private @Nullable ReconciledTable shown;

	ReconciliationView(ReconciliationService reconciliations, FrameworkRepository frameworks) {
		this.reconciliations = reconciliations;
		setWidthFull();

		period.setItems(frameworks.periods().stream().map(FrameworkCatalogue.Period::code).sorted().toList());
		period.setAllowCustomValue(true);
		period.addCustomValueSetListener((event) -> period.setValue(event.getDetail().strip()));
		league.setItems(League.ACUTE, League.NON_ACUTE, League.AMBULANCE);
		league.setItemLabelGenerator(Labels::league);
		Button compare = new Button("Compare", (event) -> compare());
		compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		onlyDifferences.addValueChangeListener((event) -> showLines());

		items.addColumn(Reconciliation.ItemTotal::item).setHeader("Item").setAutoWidth(true);
		items.addColumn(Reconciliation.ItemTotal::matching).setHeader("Matching").setAutoWidth(true);
		items.addColumn(Reconciliation.ItemTotal::compared).setHeader("Compared").setAutoWidth(true);
		items.addColumn(ReconciliationView::share).setHeader("Share").setAutoWidth(true);
		items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		items.setAriaLabel("Matching per item");
		items.setAllRowsVisible(false);
		items.setHeight("16rem");

		lines.addColumn(Reconciliation.Line::organisationCode).setHeader("Organisation").setAutoWidth(true);
		lines.addColumn(Reconciliation.Line::item).setHeader("Item").setAutoWidth(true);
		lines.addColumn((line) -> text(line.ours())).setHeader("Ours").setAutoWidth(true);
		lines.addColumn((line) -> text(line.theirs())).setHeader("NHS England").setAutoWidth(true);
		lines.addColumn((line) -> text(line.difference())).setHeader("Difference").setAutoWidth(true);
		lines.addColumn((line) -> line.matches() ? "matches" : "differs").setHeader("").setAutoWidth(true);
		lines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		lines.setAriaLabel("Organisation items");
		lines.setHeight("32rem");

		HorizontalLayout choices = new HorizontalLayout(period, league, compare, onlyDifferences);
		choices.setAlignItems(Alignment.BASELINE);
		add(new H2("Reconciliation with NHS England"), new Paragraph(
				"Our calculation beside NHS England's published trust data of the same quarter, item by item in NHS "
						+ "England's ids: metric scores (OF1xxx), domain scores and segments (OF40xx, OF41xx), the "
						+ "average (OF5002), segments (OF5003, OF5000, OF5005), flags (OF5004, OF5007) and ranks. "
						+ "Scores match within 0.01, the rest exactly."),
				choices, summary, new H3("Per item"), items, new H3("Per organisation"), lines);
	}

	/**
	 * {@code ?period=2025/26 Q1&league=AMBULANCE} opens the comparison directly, so other
	 * views and messages can link to it.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		List<String> periods = parameters.getOrDefault("period", List.of());
		List<String> leagues = parameters.getOrDefault("league", List.of());
		if (periods.size() == 1 && leagues.size() == 1) {
			period.setValue(periods.getFirst());
			league.setValue(Arrays.stream(League.values())
				.filter((each) -> each.name().equals(leagues.getFirst()))
				.findFirst()
				.orElse(null));
			compare();
		}
	}

	private void compare() {
		if (period.getValue() == null || league.getValue() == null) {
			summary.setText("Choose a quarter and a league.");
			return;
		}
		Optional<ReconciledTable> table = reconciliations.reconcile(period.getValue(), league.getValue(), null, null);
		shown = table.orElse(null);
		if (shown == null) {
			summary.setText("There is no calculation of " + Labels.league(league.getValue()).toLowerCase(Locale.ROOT)
					+ " in " + period.getValue() + ", or no NHS England publication imported for it.");
			items.setItems(List.of());
			lines.setItems(List.of());
			return;
		}
		Reconciliation.Result result = shown.result();
		summary.setText("Calculation #" + shown.calculationId() + " beside NHS England's publication, revision "
				+ shown.reference().revision() + " (" + shown.reference().fileName() + "): " + result.matching()
				+ " of " + result.compared() + " items match, " + (result.compared() - result.matching()) + " differ.");
		items.setItems(result.items());
		showLines();
	}

	private void showLines() {
		if (shown != null) {
			lines.setItems(shown.result()
				.lines()
				.stream()
				.filter((line) -> !onlyDifferences.getValue() || !line.matches())
				.toList());
		}
	}

	private static String share(Reconciliation.ItemTotal total) {
		return (total.compared() == 0) ? "" : Math.round(100.0 * total.matching() / total.compared()) + "%";
	}

	private static String text(@Nullable BigDecimal number) {
		return (number == null) ? "" : number.stripTrailingZeros().toPlainString();
	}

}
