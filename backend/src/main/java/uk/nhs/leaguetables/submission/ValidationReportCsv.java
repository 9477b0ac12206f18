package uk.nhs.leaguetables.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.nhs.leaguetables.platform.export.SpreadsheetSafeText;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;

/**
 * The downloadable validation report: one line per finding, safe to open in a
 * spreadsheet.
 */
final class ValidationReportCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("row", "column", "value", "rule", "severity", "message")
		.get();

	private ValidationReportCsv() {
	}

	static void write(List<ValidationIssue> issues, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, FORMAT);
			for (ValidationIssue issue : issues) {
				printer.printRecord((issue.row() != null) ? issue.row() : "", SpreadsheetSafeText.of(issue.column()),
						SpreadsheetSafeText.of(issue.value()), issue.rule().name(), issue.severity().name(),
						SpreadsheetSafeText.of(issue.message()));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
