package uk.nhs.leaguetables.nhsedata.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;

import uk.nhs.leaguetables.console.ConsoleLinks;
import uk.nhs.leaguetables.framework.FrameworkCatalogue;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.nhsedata.ImportRequest;
import uk.nhs.leaguetables.nhsedata.ImportResult;
import uk.nhs.leaguetables.nhsedata.NhsEnglandImportException;
import uk.nhs.leaguetables.nhsedata.NhsEnglandImportService;
import uk.nhs.leaguetables.nhsedata.ReferencePublication;
import uk.nhs.leaguetables.nhsedata.domain.ImportIssue;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;

/**
 * Preparers and administrators import one of NHS England's published NOF trust data files
 * (CSV or XLSX) for a league and, optionally, one quarter: the report names the row,
 * column, value and rule of every problem (and then nothing is stored); otherwise each
 * quarter's submission is linked, to be accepted in the submissions view, with the
 * reference publication stored beside it. The service checks the role again.
 */
@Route("nhs-england-import")
@PageTitle("Import NHS England data | NHS League Tables")
@Menu(order = 22, title = "Import NHS England data", icon = "vaadin:download-alt")
@RolesAllowed({ "PREPARER", "ADMIN" })
public class NhsEnglandImportView extends VerticalLayout {

	private final NhsEnglandImportService imports;

	private final ComboBox<League> league = new ComboBox<>("League");

	private final ComboBox<String> period = new ComboBox<>("Quarter");

	private final TextField correctionReason = new TextField("Reason, if it replaces accepted values");

	private final Paragraph summary = new Paragraph("Choose the league, then upload NHS England's trust data file.");

	private final Div created = new Div();

	private final Grid<ImportIssue> report = new Grid<>(ImportIssue.class, false);

	private final Upload upload = new Upload(UploadHandler.toTempFile(this::received));

	NhsEnglandImportView(NhsEnglandImportService imports, FrameworkRepository frameworks) {
		this.imports = imports;
		setSizeFull();

		league.setItems(League.ACUTE, League.NON_ACUTE, League.AMBULANCE);
		league.setItemLabelGenerator(NhsEnglandImportView::label);
		league.setRequiredIndicatorVisible(true);
		league.addValueChangeListener((event) -> summary.setText((event.getValue() != null)
				? "Upload NHS England's " + label(event.getValue()).toLowerCase(Locale.ROOT)
						+ " trust data file (CSV or XLSX)."
				: "Choose the league, then upload NHS England's trust data file."));

		period.setItems(frameworks.periods().stream().map(FrameworkCatalogue.Period::code).sorted().toList());
		period.setClearButtonVisible(true);
		period.setHelperText("Empty: every quarter in the file (one submission per quarter)");
		period.setAllowCustomValue(true);
		period.addCustomValueSetListener((event) -> period.setValue(event.getDetail().strip()));
		correctionReason.setWidth("24rem");

		upload.setAcceptedFileTypes(".csv", ".xlsx");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(64 * 1024 * 1024);
		upload.setDropLabel(new Paragraph("Drop NHS England's trust data file here"));

		report.addColumn(ImportIssue::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
		report.addColumn(ImportIssue::column).setHeader("Column").setAutoWidth(true);
		report.addColumn(ImportIssue::value).setHeader("Value").setAutoWidth(true);
		report.addColumn(ImportIssue::rule).setHeader("Rule").setAutoWidth(true);
		report.addColumn(ImportIssue::severity).setHeader("Severity").setAutoWidth(true);
		report.addColumn(ImportIssue::message).setHeader("What to do").setFlexGrow(3);
		report.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		report.setAriaLabel("Import report");
		report.setMinHeight("16rem");

		HorizontalLayout choices = new HorizontalLayout(league, period, correctionReason);
		choices.setAlignItems(Alignment.BASELINE);
		add(new H2("Import NHS England data"), new Paragraph(
				"NHS England's NHS Oversight Framework trust data (the long layout: Quarter, Region, Trust_type, ..., "
						+ "Value, Median_value, Lower_quartile, Upper_quartile, Rank). The raw values become a "
						+ "submission of each quarter; every row is kept as NHS England's reference publication."),
				choices, upload, summary, created, report);
		setFlexGrow(1, report);
	}

	/** Runs on the upload request; the view is updated under the UI's lock. */
	private void received(UploadMetadata metadata, File file) throws IOException {
		UI ui = UI.getCurrent();
		League chosen = league.getValue();
		if (chosen == null) {
			ui.access(() -> notify("Choose the league of the file first", true));
			return;
		}
		String fileName = metadata.fileName();
		SubmissionFormat format = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? SubmissionFormat.XLSX
				: SubmissionFormat.CSV;
		String reason = correctionReason.getValue().isBlank() ? null : correctionReason.getValue().strip();
		try {
			ImportResult result = imports.importTrustData(
					new ImportRequest(fileName, format, chosen, period.getValue(), reason),
					Files.readAllBytes(file.toPath()));
			ui.access(() -> {
				show(result);
				upload.clearFileList();
			});
		}
		catch (NhsEnglandImportException ex) {
			ui.access(() -> notify(ex.getMessage(), true));
		}
		finally {
			Files.deleteIfExists(file.toPath());
		}
	}

	private void show(ImportResult result) {
		report.setItems(result.report().issues());
		created.removeAll();
		if (!result.report().succeeded()) {
			summary.setText("Nothing was imported: %s in %s. Fix the file and upload it again."
				.formatted(count(result.report().errorCount(), "error"), count(result.report().rowCount(), "row")));
			return;
		}
		summary.setText("Imported %s: %s, %s in the new submissions' reports.".formatted(
				count(result.report().rowCount(), "row"), count(result.references().size(), "quarter"),
				count(result.report().warningCount(), "warning")));
		for (ReferencePublication reference : result.references()) {
			SubmissionReport submission = result.submissions()
				.stream()
				.filter((candidate) -> reference.submissionId() != null
						&& candidate.submissionId() == reference.submissionId())
				.findFirst()
				.orElse(null);
			Div line = new Div();
			line.add(reference.periodCode() + ": NHS England's reference publication, revision " + reference.revision()
					+ " (" + count(reference.rowCount(), "row")
					+ (reference.alreadyLoaded() ? ", this file was imported before" : "") + ")");
			if (submission != null) {
				line.add("; ");
				line.add(new Anchor(ConsoleLinks.submission(submission.submissionId()),
						"submission #" + submission.submissionId() + " (" + submission.status().toLowerCase(Locale.ROOT)
								+ ", " + count(submission.rowCount(), "row") + ", "
								+ count(submission.warningCount(), "warning") + ")"));
			}
			created.add(line);
		}
		notify("Imported " + count(result.references().size(), "quarter"), false);
	}

	private static String label(League league) {
		return switch (league) {
			case ACUTE -> "Acute";
			case NON_ACUTE -> "Mental health and community";
			case AMBULANCE -> "Ambulance";
			case ICB -> "ICB";
		};
	}

	private static String count(int count, String noun) {
		return String.format(Locale.UK, "%,d %s%s", count, noun, (count == 1) ? "" : "s");
	}

	private static void notify(String message, boolean error) {
		Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
	}

}
