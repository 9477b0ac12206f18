package uk.nhs.leaguetables.leaguetable.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trust name that looks like a formula reaches no spreadsheet as one: CSV neutralises
 * it, XLSX stores it as a string cell.
 */
class SheetWritersTest {

	private static final List<ExportCell> ROW = List.of(ExportCell.text("=HYPERLINK(\"http://evil\",\"Trust\")"),
			ExportCell.text("+44 Trust"), ExportCell.number(new BigDecimal("-3.50")), ExportCell.number(7),
			ExportCell.text(null), ExportCell.text("King's, \"Hospital\""));

	@Test
	void csv_neutralises_formula_like_text_and_writes_numbers_plainly() throws IOException {
		assertThat(new String(written(ExportFormat.CSV), StandardCharsets.UTF_8)).isEqualTo(
				"\"'=HYPERLINK(\"\"http://evil\"\",\"\"Trust\"\")\",'+44 Trust,-3.50,7,,\"King's, \"\"Hospital\"\"\"\r\n");
	}

	@Test
	void xlsx_writes_text_as_string_cells_and_numbers_as_numeric_cells() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(written(ExportFormat.XLSX)))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("League table");
			Row row = workbook.getFirstSheet().read().get(0);
			assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getText()).isEqualTo("=HYPERLINK(\"http://evil\",\"Trust\")");
			assertThat(row.getCell(0).getFormula()).isNull();
			assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(row.getCell(2).asNumber()).isEqualByComparingTo("-3.5");
			assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("7");
			assertThat(row.getCellAsString(4)).isEmpty();
			assertThat(row.getCell(5).getText()).isEqualTo("King's, \"Hospital\"");
		}
	}

	private static byte[] written(ExportFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetWriter sheet = format.open(out, "League table");
		sheet.row(ROW);
		sheet.finish();
		return out.toByteArray();
	}

}
