package uk.nhs.leaguetables.audit.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.audit.AuditChainVerification;
import uk.nhs.leaguetables.audit.AuditCheckpoint;
import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.console.ConsoleLinks;

/**
 * The audit log for auditors: who did what to which quarter, submission or table, and
 * when; filtered, paged from the server as the grid scrolls, exported as CSV, with the
 * result of verifying its hash chain and seals, and the whole log and a checkpoint of its
 * head to download for offline verification.
 */
@Route(ConsoleLinks.AUDIT)
@PageTitle("Audit log | NHS League Tables")
@Menu(order = 40, title = "Audit log", icon = "vaadin:file-text-o")
@RolesAllowed({ "AUDITOR", "ADMIN" })
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

	/** The actions the services record; other values can be typed. */
	private static final List<String> ACTIONS = List.of("SUBMISSION_VALIDATED", "SUBMISSION_WARNINGS_ACKNOWLEDGED",
			"SUBMISSION_ACCEPTED", "SUBMISSION_REJECTED", "PERIOD_LOCK_DATA", "PERIOD_CALCULATE", "TABLE_CALCULATED",
			"PERIOD_APPROVE", "PERIOD_PUBLISH", "TABLE_PUBLISHED", "PERIOD_REOPEN", "LOGIN_FAILED", "API_TOKEN_ISSUED",
			"API_TOKEN_EXPIRY_SET", "API_TOKEN_REVOKED", "USER_CREATED", "ACTIVATION_LINK_ISSUED", "ACCOUNT_ACTIVATED",
			"PASSWORD_CHANGED", "ROLE_PROPOSED", "ROLE_GRANTED", "ROLE_PROPOSAL_DECLINED", "ROLE_PROPOSAL_WITHDRAWN",
			"ROLE_REVOKED", "USER_ENABLED", "USER_DISABLED", "FRAMEWORKS_LOADED", "REFERENCE_DATA_LOADED",
			"AUDIT_CHECKPOINT_EXPORTED");

	private final AuditService audit;

	private final TextField actor = new TextField("Actor");

	private final ComboBox<String> action = new ComboBox<>("Action");

	private final TextField period = new TextField("Quarter");

	private final TextField organisation = new TextField("Organisation code");

	private final DatePicker from = new DatePicker("From (inclusive)");

	private final DatePicker to = new DatePicker("To (inclusive)");

	private final Grid<AuditEvent> grid = new Grid<>();

	private final Paragraph matches = new Paragraph();

	private final Paragraph chain = new Paragraph();

	private volatile AuditFilter currentFilter = new AuditFilter(null, null, null, null, null, null, null);

	private AuditPages pages;

	AuditView(AuditService audit) {
		this.audit = audit;
		this.pages = new AuditPages(audit, currentFilter);

		action.setItems(ACTIONS);
		action.setAllowCustomValue(true);
		action.addCustomValueSetListener((event) -> action.setValue(event.getDetail()));
		action.setClearButtonVisible(true);
		period.setPlaceholder("2025/26 Q1");
		period.setPattern("\\d{4}/\\d{2} Q[1-4]");
		period.setHelperText("e.g. 2025/26 Q1");
		organisation.setHelperText("ODS code, e.g. RJ1");
		actor.setHelperText("User name, exactly");
		for (TextField field : List.of(actor, period, organisation)) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.setClearButtonVisible(true);
		}
		List<HasValue<? extends AbstractField.ComponentValueChangeEvent<?, ?>, ?>> filters = List.of(actor, action,
				period, organisation, from, to);
		filters.forEach((field) -> field.addValueChangeListener((event) -> refresh()));

		grid.addColumn(AuditEvent::id).setHeader("#").setWidth("5rem").setFlexGrow(0);
		grid.addColumn((event) -> WHEN.format(event.occurredAt().atZoneSameInstant(LONDON)))
			.setHeader("When (UK time)")
			.setWidth("12rem")
			.setFlexGrow(0);
		grid.addColumn(AuditEvent::actor).setHeader("Actor").setWidth("9rem").setFlexGrow(0);
		grid.addColumn(AuditEvent::action).setHeader("Action").setWidth("15rem").setFlexGrow(0);
		grid.addColumn((event) -> text(event.entityType()) + " " + text(event.entityId()))
			.setHeader("About")
			.setWidth("14rem")
			.setFlexGrow(0);
		grid.addColumn((event) -> text(event.reason())).setHeader("Reason").setFlexGrow(1);
		grid.addColumn((event) -> text(event.afterState())).setHeader("Details (select a row for all)").setFlexGrow(2);
		grid.setItemDetailsRenderer(
				new ComponentRenderer<>((event) -> new Paragraph("Details: %s. Reason: %s. Hash %s, previous %s."
					.formatted(text(event.afterState()), text(event.reason()), event.hash(), event.previousHash()))));
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setAriaLabel("Audit log");
		grid.setId("audit-log");
		grid.setPageSize(50);
		grid.setItems((query) -> pages.fetch(query.getOffset(), query.getLimit()).stream(), (query) -> pages.count());
		grid.setHeight("28rem");

		Button verify = new Button("Verify the hash chain", (click) -> verify());
		chain.addClassName("chain-result");
		chain.getElement().setAttribute("role", "status");

		FlexLayout filterBar = new FlexLayout(actor, action, period, organisation, from, to);
		filterBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		filterBar.addClassName("filters");
		HorizontalLayout tools = new HorizontalLayout(verify, exportLink(), offlineExportLink(), checkpointLink());
		tools.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new H2("Audit log"), filterBar, matches, grid, tools, chain);
		refresh();
		verify();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation().getQueryParameters().getSingleParameter("period").ifPresent(period::setValue);
	}

	/** The entries matching the filters at the time of the download, all pages. */
	private Anchor exportLink() {
		DownloadHandler csv = (event) -> {
			event.setFileName("audit-log.csv");
			event.setContentType("text/csv");
			AuditCsv.write(new AuditPages(audit, currentFilter), event.getOutputStream());
		};
		return new Anchor(csv, "Export as CSV");
	}

	/** The whole log with its seals, for the offline verifier (README). */
	private Anchor offlineExportLink() {
		DownloadHandler csv = (event) -> {
			event.setFileName("audit-log-for-verification.csv");
			event.setContentType("text/csv");
			audit.exportLog(event.getOutputStream());
		};
		return new Anchor(csv, "Export the whole log for offline verification");
	}

	/**
	 * Records a checkpoint of the chain head and downloads it, for the auditor to keep
	 * outside the service.
	 */
	private Anchor checkpointLink() {
		DownloadHandler checkpoint = (event) -> {
			AuditCheckpoint created = audit.createCheckpoint("Downloaded from the console's audit log");
			event.setFileName("audit-checkpoint-" + created.id() + ".txt");
			event.setContentType("text/plain");
			event.getOutputStream().write(created.document().getBytes(StandardCharsets.UTF_8));
		};
		return new Anchor(checkpoint, "Create and download a checkpoint");
	}

	private void refresh() {
		currentFilter = filter();
		pages = new AuditPages(audit, currentFilter);
		grid.getDataProvider().refreshAll();
		int count = pages.count();
		matches.setText((count == 1) ? "1 entry matches" : count + " entries match");
	}

	private AuditFilter filter() {
		return new AuditFilter(blankToNull(actor.getValue()), blankToNull(action.getValue()), null,
				blankToNull(period.getValue()), blankToNull(organisation.getValue()), startOf(from.getValue()),
				startOf((to.getValue() != null) ? to.getValue().plusDays(1) : null));
	}

	private void verify() {
		AuditChainVerification result = audit.verifyChain();
		chain.setText(result.intact() ? "✔ Hash chain intact and sealed. " + result.summary()
				: "✖ Hash chain broken. " + result.summary());
		chain.removeClassNames("chain-intact", "chain-broken");
		chain.addClassName(result.intact() ? "chain-intact" : "chain-broken");
	}

	private static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
		return (day != null) ? day.atStartOfDay(LONDON).toOffsetDateTime() : null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String text(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
