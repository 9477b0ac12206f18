package uk.nhs.leaguetables.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.submission.domain.ValidationIssue;
import uk.nhs.leaguetables.submission.domain.ValidationRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION_ROW;

/**
 * XLSX uploads, a file that is no workbook at all, and a 100,000-row CSV, on real
 * PostgreSQL.
 */
@SpringBootTest
@WithMockUser(username = "preparer", roles = { "PREPARER", "SUBMITTER" })
@Transactional
class SubmissionFileFormatsIT {

	private static final List<String> HEADER = List.of("period", "organisation_code", "metric_id", "value", "numerator",
			"denominator", "comment");

	@Autowired
	SubmissionService submissions;

	@Autowired
	DSLContext dsl;

	@Test
	void reads_an_xlsx_workbook_with_numeric_and_text_cells() throws IOException {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(xlsx, "NHS League Tables test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Submission");
			for (int column = 0; column < HEADER.size(); column++) {
				sheet.value(0, column, HEADER.get(column));
			}
			row(sheet, 1, "RJ1", "OF0013", 74.1, null, null);
			row(sheet, 2, "RRK", "OF0013", null, 7412, 10000);
			row(sheet, 3, "RJZ", "OF0013", 101, null, null);
		}

		SubmissionReport report = submissions.submit(request(SubmissionFormat.XLSX, "upload.xlsx"),
				new ByteArrayInputStream(xlsx.toByteArray()));

		assertThat(report.rowCount()).isEqualTo(3);
		assertThat(report.issues()).filteredOn((issue) -> issue.severity().name().equals("ERROR"))
			.singleElement()
			.satisfies((issue) -> {
				assertThat(issue.rule()).isEqualTo(ValidationRule.OUT_OF_RANGE);
				assertThat(issue.row()).isEqualTo(4);
				assertThat(issue.value()).isEqualTo("101");
			});
		assertThat(dsl.fetch(SUBMISSION_ROW, SUBMISSION_ROW.SUBMISSION_ID.eq(report.submissionId()))
			.getValues(SUBMISSION_ROW.VALUE)).extracting(java.math.BigDecimal::toPlainString)
			.containsExactlyInAnyOrder("74.1", "74.12");
	}

	@Test
	void a_file_that_is_not_a_workbook_is_refused() {
		assertThatThrownBy(() -> submissions.submit(request(SubmissionFormat.XLSX, "fake.xlsx"),
				new ByteArrayInputStream("period,organisation_code\n".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(UnreadableSubmissionException.class)
			.hasMessage("The file is not an Excel workbook (.xlsx) that can be read; save it from Excel as .xlsx, "
					+ "or as CSV UTF-8");
	}

	@Test
	void a_workbook_with_a_cell_of_five_million_characters_is_refused_before_it_is_parsed() throws IOException {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(xlsx, "NHS League Tables test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Submission");
			for (int column = 0; column < HEADER.size(); column++) {
				sheet.value(0, column, HEADER.get(column));
			}
			row(sheet, 1, "RJ1", "OF0013", 74.1, null, null);
			sheet.value(1, 6, "x".repeat(5_000_000));
		}

		assertThatThrownBy(() -> submissions.submit(request(SubmissionFormat.XLSX, "long-cell.xlsx"),
				new ByteArrayInputStream(xlsx.toByteArray())))
			.isInstanceOf(UnreadableSubmissionException.class)
			.hasMessageContaining("a text of more than 4000 characters");
	}

	@Test
	void a_zip_bomb_named_xlsx_is_refused_before_it_expands() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] emptyRows = "<row/>".repeat(200_000).getBytes(StandardCharsets.UTF_8);
			for (int block = 0; block < 64; block++) {
				zip.write(emptyRows);
			}
			zip.closeEntry();
		}

		assertThatThrownBy(() -> submissions.submit(request(SubmissionFormat.XLSX, "bomb.xlsx"),
				new ByteArrayInputStream(bomb.toByteArray())))
			.isInstanceOf(UnreadableSubmissionException.class)
			.hasMessageContaining("expands more than 100 times");
	}

	@Test
	void a_csv_cell_longer_than_a_cell_may_be_is_refused_naming_its_row_and_column() {
		String csv = "period,organisation_code,metric_id,value,comment\n2025/26 Q2,RJ1,OF0013,74," + "y".repeat(10_000)
				+ "\n";

		assertThatThrownBy(() -> submissions.submit(request(SubmissionFormat.CSV, "long.csv"),
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(UnreadableSubmissionException.class)
			.hasMessage("Row 2, column 5: a cell of 10000 characters; at most 4000 are accepted");
	}

	@Test
	void loads_a_100000_row_file() {
		// 199 trusts x the acute A&E metric would repeat; rows vary the organisation code
		// with a fixed metric to stay
		// valid at row level, then the duplicate rule flags the repeats: every row is
		// read, staged and checked
		int rows = 100_000;
		SubmissionReport report = submissions.submit(request(SubmissionFormat.CSV, "large.csv"), generated(rows));

		assertThat(report.rowCount()).isEqualTo(rows);
		assertThat(dsl.fetchCount(SUBMISSION_ROW, SUBMISSION_ROW.SUBMISSION_ID.eq(report.submissionId())))
			.isEqualTo(rows);
		assertThat(report.issues()).extracting(ValidationIssue::rule).contains(ValidationRule.DUPLICATE_ROW);
	}

	/**
	 * Streams a generated CSV so that the test itself does not hold the file in memory
	 * either.
	 */
	private static InputStream generated(int rows) {
		try {
			PipedInputStream in = new PipedInputStream(1 << 16);
			PipedOutputStream out = new PipedOutputStream(in);
			CompletableFuture.runAsync(() -> {
				try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
					writer.write(String.join(",", HEADER) + "\n");
					for (int row = 0; row < rows; row++) {
						writer.write("2025/26 Q2,RJ1,OF0013,," + (row % 1000) + ",1000,row " + row + "\n");
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			return in;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(Worksheet sheet, int row, String organisation, String metric, Number value,
			Number numerator, Number denominator) {
		sheet.value(row, 0, "2025/26 Q2");
		sheet.value(row, 1, organisation);
		sheet.value(row, 2, metric);
		if (value != null) {
			sheet.value(row, 3, value);
		}
		if (numerator != null) {
			sheet.value(row, 4, numerator);
			sheet.value(row, 5, denominator);
		}
	}

	private static SubmissionRequest request(SubmissionFormat format, String fileName) {
		return new SubmissionRequest("2025/26 Q2", SubmissionSource.UPLOAD, format, fileName, null);
	}

}
