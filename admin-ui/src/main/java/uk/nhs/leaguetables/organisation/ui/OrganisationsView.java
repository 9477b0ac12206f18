package uk.nhs.leaguetables.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationFilter;
import uk.nhs.leaguetables.organisation.OrganisationKind;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.organisation.RegistryAdministrationService;

/**
 * The trust registry: every NHS trust with its type, league, region and ICB, filtered and
 * loaded lazily; administrators correct an entry with a reason (the service checks the
 * role again).
 */
@Route("organisations")
@PageTitle("Organisations | NHS League Tables")
@Menu(order = 10, title = "Organisations", icon = "vaadin:hospital")
@PermitAll
public class OrganisationsView extends VerticalLayout {

	private final OrganisationRepository organisations;

	private final RegistryAdministrationService registry;

	private final ComboBox<League> league = new ComboBox<>("League");

	private final TextField search = new TextField("Name or ODS code");

	private final Grid<Organisation> grid = new Grid<>(Organisation.class, false);

	OrganisationsView(OrganisationRepository organisations, RegistryAdministrationService registry,
			AuthenticationContext authentication) {
		this.organisations = organisations;
		this.registry = registry;
		setSizeFull();

		league.setItems(League.values());
		league.setClearButtonVisible(true);
		league.setPlaceholder("All leagues");
		search.setClearButtonVisible(true);
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setValueChangeMode(ValueChangeMode.LAZY);
		league.addValueChangeListener((event) -> refresh());
		search.addValueChangeListener((event) -> refresh());

		grid.addColumn(Organisation::code).setHeader("ODS code").setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(Organisation::name).setHeader("Name").setFlexGrow(3);
		grid.addColumn(Organisation::trustType).setHeader("Type").setAutoWidth(true);
		grid.addColumn(Organisation::league).setHeader("League").setAutoWidth(true);
		grid.addColumn((organisation) -> (organisation.region() != null) ? organisation.region().name() : "")
			.setHeader("Region")
			.setAutoWidth(true);
		grid.addColumn((organisation) -> (organisation.icb() != null) ? organisation.icb().name() : "")
			.setHeader("Integrated care board")
			.setFlexGrow(2);
		if (authentication.hasRole("ADMIN")) {
			grid.addComponentColumn((organisation) -> {
				Button edit = new Button("Edit…", (click) -> edit(organisation));
				edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
				edit.getElement().setAttribute("aria-label", "Edit " + organisation.name());
				return edit;
			}).setHeader("Registry").setAutoWidth(true).setFlexGrow(0);
		}
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setAriaLabel("NHS trusts");
		grid.setSizeFull();

		add(new H2("NHS trusts"), new HorizontalLayout(league, search), grid);
		refresh();
	}

	private void edit(Organisation organisation) {
		new RegistryEntryDialog(organisation, organisations.regions(), (change, reason) -> {
			try {
				registry.update(organisation.code(), change, reason);
				return null;
			}
			catch (IllegalArgumentException ex) {
				return ex.getMessage();
			}
		}, (message) -> {
			Notification.show(message, 4000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			grid.getDataProvider().refreshAll();
		}).open();
	}

	private void refresh() {
		OrganisationFilter filter = new OrganisationFilter(OrganisationKind.TRUST, league.getValue(), null, null, null,
				search.getValue(), false);
		grid.setItems((query) -> organisations.findSlice(filter, query.getOffset(), query.getLimit()).stream(),
				(query) -> organisations.count(filter));
	}

}
