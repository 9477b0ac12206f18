package uk.nhs.leaguetables.leaguetable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.nhs.leaguetables.platform.export.SpreadsheetSafeText;

/**
 * RFC 4180 CSV in UTF-8 without a byte order mark (which scripts would read as part of
 * the first column name). Text that a spreadsheet would run as a formula gets a leading
 * apostrophe; numbers are written in plain notation.
 */
final class CsvSheetWriter implements SheetWriter {

	private final CSVPrinter printer;

	CsvSheetWriter(OutputStream out) throws IOException {
		this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
	}

	@Override
	public void row(List<ExportCell> cells) throws IOException {
		for (ExportCell cell : cells) {
			this.printer.print(switch (cell) {
				case ExportCell.Text text -> SpreadsheetSafeText.of(text.text());
				case ExportCell.Number number -> number.number().toPlainString();
				case ExportCell.Empty empty -> "";
			});
		}
		this.printer.println();
	}

	@Override
	public void finish() throws IOException {
		this.printer.flush();
	}

}
