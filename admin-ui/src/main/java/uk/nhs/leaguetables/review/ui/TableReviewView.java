package uk.nhs.leaguetables.review.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.console.ConsoleLinks;
import uk.nhs.leaguetables.dashboard.ui.Labels;
import uk.nhs.leaguetables.framework.FrameworkCatalogue;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.leaguetable.DraftTable;
import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.leaguetable.Segmentation;
import uk.nhs.leaguetables.leaguetable.ui.SegmentChart;
import uk.nhs.leaguetables.leaguetable.ui.TableLabels;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.progress.LeagueProgress;
import uk.nhs.leaguetables.progress.ProgressService;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.PublicationException;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.publication.SegmentDecisionService;
import uk.nhs.leaguetables.publication.domain.IllegalTransitionException;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

/**
 * A quarter's league table under review: the computed draft beside the last published
 * table, each with its segmentation, with every rank and segment change spelled out, the
 * Recovery Support Programme marked, each row's explanation, segment charts, approvers'
 * segment decisions, and the workflow steps the user's roles allow. The services check
 * the roles again on every step.
 */
@Route(ConsoleLinks.REVIEW)
@PageTitle("Review and publish | NHS League Tables")
@Menu(order = 15, title = "Review and publish", icon = "vaadin:check-square-o")
@RolesAllowed({ "PREPARER", "APPROVER", "AUDITOR", "ADMIN" })
public class TableReviewView extends VerticalLayout implements BeforeEnterObserver {

	private final ProgressService progress;

	private final LeagueTableRepository tables;

	private final OrganisationRepository organisations;

	private final FrameworkRepository frameworks;

	private final PeriodWorkflowService workflow;

	private final CalculationService calculations;

	private final PublicationService publications;

	private final SegmentDecisionService decisions;

	private final AuthenticationContext authentication;

	private final ComboBox<League> league = new ComboBox<>("League");

	private final ComboBox<LeagueProgress> quarter = new ComboBox<>("Quarter");

	private final Paragraph summary = new Paragraph();

	private final HorizontalLayout actions = new HorizontalLayout();

	private final H3 draftHeading = new H3("Draft");

	private final H3 publishedHeading = new H3("Last published");

	private final Paragraph draftSegmentation = new Paragraph();

	private final Paragraph publishedSegmentation = new Paragraph();

	private final Grid<ReviewRow> draftGrid = new Grid<>();

	private final Grid<LeagueTableRow> publishedGrid = new Grid<>();

	private final Div charts = new Div();

	private final VerticalLayout draftSide = new VerticalLayout(draftHeading, draftSegmentation, draftGrid);

	private Map<String, Organisation> names = Map.of();

	TableReviewView(ProgressService progress, LeagueTableRepository tables, OrganisationRepository organisations,
			FrameworkRepository frameworks, PeriodWorkflowService workflow, CalculationService calculations,
			PublicationService publications, SegmentDecisionService decisions, AuthenticationContext authentication) {
		this.progress = progress;
		this.tables = tables;
		this.organisations = organisations;
		this.frameworks = frameworks;
		this.workflow = workflow;
		this.calculations = calculations;
		this.publications = publications;
		this.decisions = decisions;
		this.authentication = authentication;

		league.setItems(League.values());
		league.setItemLabelGenerator(Labels::league);
		quarter.setItemLabelGenerator((item) -> item.periodCode() + " – " + Labels.status(item.status()));
		quarter.setWidth("26rem");
		league.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				showQuarters(null);
			}
		});
		quarter.addValueChangeListener((event) -> show());
		summary.addClassName("review-summary");
		summary.getElement().setAttribute("aria-live", "polite");

		draftGrid.addColumn((row) -> row.draft().rank()).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
		draftGrid.addColumn(ReviewRow::organisationName)
			.setHeader("Organisation")
			.setTooltipGenerator(ReviewRow::organisationName)
			.setFlexGrow(2);
		draftGrid.addColumn((row) -> TableLabels.segment(row.draft())).setHeader("Segment").setAutoWidth(true);
		draftGrid.addColumn(ReviewRow::change)
			.setHeader("Change against the published table")
			.setTooltipGenerator(ReviewRow::change)
			.setFlexGrow(3);
		draftGrid.addComponentColumn((row) -> {
			Button explain = new Button("Explain", (click) -> explain(row));
			explain.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			explain.getElement().setAttribute("aria-label", "Explain " + row.organisationName());
			if (!authentication.hasRole("APPROVER")) {
				return explain;
			}
			Button decide = new Button("Decide…", (click) -> decide(row));
			decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			decide.getElement().setAttribute("aria-label", "Segment decision for " + row.organisationName());
			return new HorizontalLayout(explain, decide);
		}).setHeader("Explanation").setAutoWidth(true).setFlexGrow(0);
		draftGrid.setPartNameGenerator((row) -> row.segmentChanged() ? "segment-changed"
				: (row.placesUp() != null && row.placesUp() != 0) ? "rank-changed" : null);
		draftGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		draftGrid.setAriaLabel("Draft table");
		draftGrid.setId("draft-table");
		draftGrid.setHeight("26rem");

		publishedGrid.addColumn(LeagueTableRow::rank).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
		publishedGrid.addColumn((row) -> name(row.organisationCode())).setHeader("Organisation").setFlexGrow(3);
		publishedGrid.addColumn(TableLabels::segment).setHeader("Segment").setAutoWidth(true);
		publishedGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		publishedGrid.setAriaLabel("Last published table");
		publishedGrid.setId("published-table");
		publishedGrid.setHeight("26rem");

		draftSegmentation.setId("draft-segmentation");
		publishedSegmentation.setId("published-segmentation");
		VerticalLayout publishedSide = new VerticalLayout(publishedHeading, publishedSegmentation, publishedGrid);
		draftSide.setPadding(false);
		publishedSide.setPadding(false);
		HorizontalLayout sideBySide = new HorizontalLayout(draftSide, publishedSide);
		sideBySide.setWidthFull();
		sideBySide.setFlexGrow(3, draftSide);
		sideBySide.setFlexGrow(2, publishedSide);
		charts.addClassName("charts");
		HorizontalLayout choice = new HorizontalLayout(league, quarter);
		add(new H2("Review and publish"), choice, summary, actions, sideBySide, charts);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		League chosen = parameters.getSingleParameter("league").flatMap(TableReviewView::league).orElse(League.ACUTE);
		league.setValue(chosen);
		showQuarters(parameters.getSingleParameter("period").orElse(null));
	}

	private static Optional<League> league(String name) {
		return java.util.Arrays.stream(League.values()).filter((value) -> value.name().equals(name)).findFirst();
	}

	/** Lists the league's quarters and picks the given one, else the current one. */
	private void showQuarters(@Nullable String periodCode) {
		League chosen = Objects.requireNonNull(league.getValue());
		List<LeagueProgress> quarters = progress.quarters(chosen).reversed();
		quarter.setItems(quarters);
		String wanted = (periodCode != null) ? periodCode
				: progress.currentQuarters(java.time.LocalDate.now())
					.stream()
					.filter((current) -> current.league() == chosen)
					.map(LeagueProgress::periodCode)
					.findFirst()
					.orElse(null);
		quarter.setValue(quarters.stream()
			.filter((item) -> item.periodCode().equals(wanted))
			.findFirst()
			.orElse(quarters.isEmpty() ? null : quarters.getFirst()));
	}

	private void show() {
		LeagueProgress selected = quarter.getValue();
		actions.removeAll();
		charts.removeAll();
		if (selected == null) {
			summary.setText("This league has no quarter yet.");
			draftGrid.setItems(List.of());
			publishedGrid.setItems(List.of());
			draftSegmentation.setText("");
			publishedSegmentation.setText("");
			return;
		}
		DraftTable draft = selected.draft();
		Optional<PublishedTable> published = lastPublished(selected);
		List<LeagueTableRow> draftRows = (draft != null) ? tables.rows(draft.calculationId()) : List.of();
		List<LeagueTableRow> publishedRows = published.map((table) -> tables.rows(table.calculationId()))
			.orElse(List.of());
		names = organisations
			.findByCodes(java.util.stream.Stream.concat(draftRows.stream(), publishedRows.stream())
				.map(LeagueTableRow::organisationCode)
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(Organisation::code, Function.identity()));
		Map<String, LeagueTableRow> publishedByCode = publishedRows.stream()
			.collect(Collectors.toMap(LeagueTableRow::organisationCode, Function.identity()));
		draftGrid.setItems(draftRows.stream()
			.map((row) -> new ReviewRow(name(row.organisationCode()), row, publishedByCode.get(row.organisationCode())))
			.toList());
		publishedGrid.setItems(publishedRows);
		Map<Long, Segmentation> segmentations = tables.segmentations(
				java.util.stream.Stream
					.concat(java.util.stream.Stream.ofNullable(draft).map(DraftTable::calculationId),
							published.stream().map(PublishedTable::calculationId))
					.toList());
		draftSegmentation
			.setText((draft != null) ? TableLabels.segmentation(segmentations.get(draft.calculationId())) : "");
		publishedSegmentation
			.setText(published.map((table) -> TableLabels.segmentation(segmentations.get(table.calculationId())))
				.orElse(""));

		String what = selected.periodCode() + " " + Labels.league(selected.league());
		draftHeading
			.setText((draft != null) ? "Draft of " + what + " (" + draftRows.size() + " rows)" : "No draft of " + what);
		publishedHeading.setText(
				published
					.map((table) -> "Published " + table.period() + " revision " + table.revision() + " ("
							+ publishedRows.size() + " rows)")
					.orElse("No published table to compare with"));
		summary.setText(Labels.status(selected.status()) + ". "
				+ ((draft != null)
						? "Draft #%d computed by %s; output digest %s….".formatted(draft.calculationId(),
								draft.computedBy(), draft.outputDigest().substring(0, 12))
						: "%d of %d organisations have accepted data; %d submissions waiting.%s".formatted(
								selected.organisationsWithAcceptedData(), selected.organisations(),
								selected.submissionsWaiting(), missing(selected))));
		addActions(selected);
		if (draft != null) {
			charts.add(SegmentChart.of("draft", "Draft " + what + " by segment", draftRows));
		}
		published.ifPresent((table) -> charts.add(SegmentChart.of("published",
				"Published " + table.period() + " " + Labels.league(table.league()) + " by segment", publishedRows)));
	}

	/** Names a few organisations still without data while the quarter collects it. */
	private String missing(LeagueProgress selected) {
		if (selected.status() != PeriodStatus.OPEN || selected.organisationsWithoutData() == 0) {
			return "";
		}
		List<String> names = progress.organisationsWithoutData(selected.periodCode(), selected.league());
		int shown = Math.min(names.size(), 5);
		return " No accepted data yet from " + String.join(", ", names.subList(0, shown))
				+ ((names.size() > shown) ? " and " + (names.size() - shown) + " more." : ".");
	}

	/**
	 * This quarter's latest revision if published, else the latest published earlier
	 * quarter.
	 */
	private Optional<PublishedTable> lastPublished(LeagueProgress selected) {
		// quarter codes ("2024/25 Q4" < "2025/26 Q1") sort in time order
		return tables.publishedPeriods(selected.league())
			.stream()
			.filter((period) -> period.compareTo(selected.periodCode()) <= 0)
			.findFirst()
			.flatMap((period) -> tables.published(period, selected.league(), null));
	}

	private void addActions(LeagueProgress selected) {
		PeriodStatus status = selected.status();
		String period = selected.periodCode();
		League chosen = selected.league();
		if (authentication.hasRole("PREPARER")) {
			if (status == PeriodStatus.OPEN) {
				actions.add(step("Lock data", () -> workflow.lockData(period, chosen), "Data locked"));
			}
			if (status == PeriodStatus.DATA_LOCKED || status == PeriodStatus.CALCULATED) {
				actions.add(step((status == PeriodStatus.CALCULATED) ? "Recalculate" : "Calculate",
						() -> calculations.calculate(period, chosen), "Table calculated"));
			}
			if (status != PeriodStatus.OPEN) {
				Button reopen = new Button("Reopen…", (click) -> reopen(selected));
				actions.add(reopen);
			}
		}
		DraftTable draft = selected.draft();
		if (authentication.hasRole("APPROVER") && draft != null) {
			Button approve = new Button("Approve and publish…",
					(click) -> new PublishDialog(draft, draftGrid.getListDataView().getItemCount(),
							(selected.latestRevision() != null) ? selected.latestRevision() + 1 : 1,
							(reason) -> refusal(() -> publications.approveAndPublish(draft.calculationId(), reason)),
							this::done)
						.open());
			approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			actions.add(approve);
		}
	}

	private Button step(String text, Runnable action, String success) {
		Button button = new Button(text, (click) -> {
			String problem = refusal(action);
			if (problem == null) {
				done(success);
			}
			else {
				notify(problem, true);
			}
		});
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		button.setDisableOnClick(true);
		return button;
	}

	private void reopen(LeagueProgress selected) {
		Dialog dialog = new Dialog("Reopen " + selected.periodCode() + " " + Labels.league(selected.league()));
		TextArea reason = new TextArea("Reason for reopening");
		reason.setRequired(true);
		reason.setWidth("30rem");
		reason.setHelperText("Any draft is discarded; the reason goes into the audit log");
		Button confirm = new Button("Reopen", (click) -> {
			String problem = refusal(
					() -> workflow.reopen(selected.periodCode(), selected.league(), reason.getValue()));
			if (problem == null) {
				dialog.close();
				done("Reopened");
			}
			else {
				reason.setInvalid(true);
				reason.setErrorMessage(problem);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
		dialog.add(reason);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.open();
	}

	/** Runs a workflow step and returns why the service refused it, or null. */
	private static @Nullable String refusal(Runnable step) {
		try {
			step.run();
			return null;
		}
		catch (PublicationException | IllegalTransitionException | IllegalArgumentException ex) {
			return ex.getMessage();
		}
		catch (AccessDeniedException ex) {
			return "Your roles do not allow this step";
		}
	}

	private void done(String message) {
		notify(message, false);
		String period = Objects.requireNonNull(quarter.getValue()).periodCode();
		showQuarters(period);
	}

	private void decide(ReviewRow row) {
		String period = Objects.requireNonNull(quarter.getValue()).periodCode();
		new SegmentDecisionDialog(row.organisationName(), period,
				(kind, segment, justification) -> refusal(
						() -> decisions.record(period, row.draft().organisationCode(), kind, segment, justification)),
				this::done)
			.open();
	}

	private void explain(ReviewRow row) {
		DraftTable draft = Objects.requireNonNull(Objects.requireNonNull(quarter.getValue()).draft());
		String code = row.draft().organisationCode();
		Map<String, String> metricNames = frameworks.metrics(draft.frameworkVersion(), draft.league())
			.stream()
			.collect(Collectors.toMap(FrameworkCatalogue.Metric::id, FrameworkCatalogue.Metric::name));
		LeagueTableRow.ResultKey key = row.draft().key();
		new ExplanationDialog(row.organisationName(), row.draft(),
				tables.metricScores(List.of(key)).getOrDefault(key, List.of()), metricNames,
				tables.adjustments(List.of(key)).getOrDefault(key, List.of()),
				tables.domainResults(List.of(key)).getOrDefault(key, List.of()),
				tables.history(List.of(code), null, null).getOrDefault(code, List.of()))
			.open();
	}

	private String name(String code) {
		Organisation organisation = names.get(code);
		return (organisation != null) ? organisation.name() : code;
	}

	private static void notify(String message, boolean error) {
		Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
	}

}
