package uk.nhs.leaguetables.submission.ui;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.console.ConsoleLinks;
import uk.nhs.leaguetables.framework.FrameworkCatalogue;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.submission.DeficitSupportFlag;
import uk.nhs.leaguetables.submission.SubmissionException;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;
import uk.nhs.leaguetables.submission.UnreadableSubmissionException;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;

/**
 * Preparers upload a quarter's CSV or XLSX file, read its validation report (row, column,
 * value, rule), and accept it (acknowledging its warnings) or reject it with a reason.
 * {@code ?submission=42} opens submission #42 (say, one an import created) for its
 * decision. The services check the role again on every action.
 */
@Route(ConsoleLinks.SUBMISSIONS)
@PageTitle("Submissions | NHS League Tables")
@Menu(order = 20, title = "Submissions", icon = "vaadin:upload")
@RolesAllowed({ "PREPARER", "SUBMITTER" })
public class SubmissionsView extends VerticalLayout implements BeforeEnterObserver {

	private final SubmissionService submissions;

	private final ComboBox<String> period = new ComboBox<>("Quarter");

	private final Paragraph summary = new Paragraph("Choose the quarter, then upload its file.");

	private final Grid<ValidationIssue> report = new Grid<>(ValidationIssue.class, false);

	private final Grid<DeficitSupportFlag> deficitSupport = new Grid<>(DeficitSupportFlag.class, false);

	private final Button accept = new Button("Accept");

	private final TextField rejection = new TextField("Reason for rejecting");

	private final Button reject = new Button("Reject");

	private final Upload upload = new Upload(UploadHandler.toTempFile(this::received));

	private @Nullable SubmissionReport current;

	SubmissionsView(SubmissionService submissions, FrameworkRepository frameworks) {
		this.submissions = submissions;
		setSizeFull();

		period.setItems(frameworks.periods()
			.stream()
			.filter((candidate) -> candidate.leagues().stream().anyMatch((league) -> league.status().equals("OPEN")))
			.map(FrameworkCatalogue.Period::code)
			.toList());
		period.setRequiredIndicatorVisible(true);
		period.addValueChangeListener((event) -> summary
			.setText((event.getValue() != null) ? "Upload the " + event.getValue() + " file (CSV or XLSX)."
					: "Choose the quarter, then upload its file."));

		upload.setAcceptedFileTypes(".csv", ".xlsx");
		upload.setMaxFiles(1);
		upload.setDropLabel(new Paragraph("Drop a CSV or XLSX submission file here"));

		report.addColumn(ValidationIssue::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
		report.addColumn(ValidationIssue::column).setHeader("Column").setAutoWidth(true);
		report.addColumn(ValidationIssue::value).setHeader("Value").setAutoWidth(true);
		report.addColumn(ValidationIssue::rule).setHeader("Rule").setAutoWidth(true);
		report.addColumn(ValidationIssue::severity).setHeader("Severity").setAutoWidth(true);
		report.addColumn(ValidationIssue::message).setHeader("What to do").setFlexGrow(3);
		report.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		report.setAriaLabel("Validation report");

		deficitSupport.addColumn(DeficitSupportFlag::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
		deficitSupport.addColumn(DeficitSupportFlag::organisationCode)
			.setHeader("Organisation")
			.setAutoWidth(true)
			.setFlexGrow(0);
		deficitSupport.addColumn((flag) -> "Deficit support: " + (flag.receivesDeficitSupport() ? "yes" : "no"))
			.setHeader("Flag");
		deficitSupport.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		deficitSupport.setAriaLabel("Deficit-support flags");
		deficitSupport.setId("deficit-support-flags");
		deficitSupport.setHeight("16rem");
		deficitSupport.setVisible(false);

		accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		accept.addClickListener((click) -> decide(() -> submissions.accept(currentId(), true)));
		reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
		reject.addClickListener((click) -> decide(() -> submissions.reject(currentId(), rejection.getValue())));
		showDecision(false);

		report.setMinHeight("16rem");
		HorizontalLayout decision = new HorizontalLayout(accept, rejection, reject);
		decision.setAlignItems(Alignment.BASELINE);
		add(new H2("Submissions"), period, upload, summary, report, deficitSupport, decision);
		setFlexGrow(1, report);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation()
			.getQueryParameters()
			.getSingleParameter(ConsoleLinks.SUBMISSION_PARAMETER)
			.filter((id) -> id.matches("\\d{1,18}"))
			.ifPresent((id) -> {
				try {
					show(submissions.report(Long.parseLong(id)));
				}
				catch (SubmissionException ex) {
					notify(ex.getMessage(), true);
				}
			});
	}

	/** Runs on the upload request; the view is updated under the UI's lock. */
	private void received(com.vaadin.flow.server.streams.UploadMetadata metadata, File file) throws IOException {
		UI ui = UI.getCurrent();
		String fileName = metadata.fileName();
		SubmissionFormat format = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? SubmissionFormat.XLSX
				: SubmissionFormat.CSV;
		String quarter = period.getValue();
		if (quarter == null) {
			ui.access(() -> notify("Choose the quarter the file is for first", true));
			return;
		}
		try (InputStream content = new FileInputStream(file)) {
			SubmissionReport validated = submissions
				.submit(new SubmissionRequest(quarter, SubmissionSource.UPLOAD, format, fileName, null), content);
			// one file at a time, but the next one (say, the fixed file) must not need a
			// reload
			ui.access(() -> {
				show(validated);
				upload.clearFileList();
			});
		}
		catch (SubmissionException | UnreadableSubmissionException ex) {
			ui.access(() -> notify(ex.getMessage(), true));
		}
	}

	private void show(SubmissionReport validated) {
		current = validated;
		summary.setText("Submission #%d (%s): %s, %s, %s%s".formatted(validated.submissionId(),
				validated.status().toLowerCase(Locale.ROOT), count(validated.rowCount(), "row"),
				count(validated.errorCount(), "error"), count(validated.warningCount(), "warning"),
				validated.alreadyLoaded() ? " — this file was loaded before" : ""));
		report.setItems(validated.issues());
		deficitSupport.setItems(validated.deficitSupport());
		// a few flags take their own height; a whole league's scroll
		deficitSupport.setAllRowsVisible(validated.deficitSupport().size() <= 10);
		deficitSupport.setVisible(!validated.deficitSupport().isEmpty());
		accept.setText((validated.warningCount() > 0)
				? "Accept and acknowledge " + count(validated.warningCount(), "warning") : "Accept");
		showDecision(validated.status().equals("VALIDATED"));
		accept.setEnabled(validated.errorCount() == 0);
	}

	private void decide(java.util.function.Supplier<SubmissionReport> decision) {
		try {
			SubmissionReport decided = decision.get();
			show(decided);
			notify("Submission #" + decided.submissionId() + " " + decided.status().toLowerCase(Locale.ROOT), false);
		}
		catch (SubmissionException ex) {
			notify(ex.getMessage(), true);
		}
	}

	private long currentId() {
		if (current == null) {
			throw new SubmissionException("Upload a file first");
		}
		return current.submissionId();
	}

	private void showDecision(boolean visible) {
		accept.setVisible(visible);
		rejection.setVisible(visible);
		reject.setVisible(visible);
	}

	private static String count(int count, String noun) {
		return String.format(Locale.UK, "%,d %s%s", count, noun, (count == 1) ? "" : "s");
	}

	private static void notify(String message, boolean error) {
		Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
	}

}
