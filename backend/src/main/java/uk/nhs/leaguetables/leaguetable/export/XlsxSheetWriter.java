package uk.nhs.leaguetables.leaguetable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet of an XLSX workbook: text as string cells (which a spreadsheet never runs
 * as formulas, so they are written unchanged) and numbers as numeric cells. Rows are
 * flushed to the stream in batches.
 */
final class XlsxSheetWriter implements SheetWriter {

	private static final int ROWS_PER_FLUSH = 1000;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int rowIndex;

	XlsxSheetWriter(OutputStream out, String sheetName) {
		this.workbook = new Workbook(out, "NHS League Tables", "1.0");
		this.sheet = this.workbook.newWorksheet(sheetName);
	}

	@Override
	public void row(List<ExportCell> cells) throws IOException {
		for (int column = 0; column < cells.size(); column++) {
			switch (cells.get(column)) {
				case ExportCell.Text text -> this.sheet.value(this.rowIndex, column, text.text());
				case ExportCell.Number number -> this.sheet.value(this.rowIndex, column, number.number());
				case ExportCell.Empty empty -> {
				}
			}
		}
		this.rowIndex++;
		if (this.rowIndex % ROWS_PER_FLUSH == 0) {
			this.sheet.flush();
		}
	}

	@Override
	public void finish() throws IOException {
		this.workbook.finish();
	}

}
