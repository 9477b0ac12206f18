package uk.nhs.leaguetables.submission;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import uk.nhs.leaguetables.submission.domain.RawRow;
import uk.nhs.leaguetables.submission.domain.SubmissionColumn;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;
import uk.nhs.leaguetables.submission.domain.ValidationRule;

/**
 * Streams a submission file (UTF-8 CSV with or without BOM, or the first sheet of an XLSX
 * workbook) into a {@link RowSink}, one row at a time. Rows are numbered as a spreadsheet
 * numbers them: the header is row 1.
 */
final class SubmissionFileReader {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private SubmissionFileReader() {
	}

	/**
	 * @throws UnreadableSubmissionException when the content is not valid UTF-8 CSV or
	 * not an XLSX workbook
	 */
	static void read(InputStream content, SubmissionFormat format, RowSink sink) throws IOException {
		switch (format) {
			case CSV -> readCsv(content, sink);
			case XLSX -> readXlsx(content, sink);
			case ROWS -> readCsv(content, sink);
		}
	}

	private static void readCsv(InputStream content, RowSink sink) throws IOException {
		CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		long lastRow = 0;
		try (Reader reader = new InputStreamReader(withoutByteOrderMark(content), strictUtf8);
				CSVParser parser = CSV.parse(reader)) {
			List<SubmissionColumn> columns = null;
			for (CSVRecord record : parser) {
				lastRow = record.getRecordNumber();
				List<String> cells = record.toList();
				if (columns == null) {
					columns = header(cells, sink);
				}
				else {
					sink.row(row((int) record.getRecordNumber(), columns, cells));
				}
			}
			if (columns == null) {
				sink.header(List.of(), List.of());
			}
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new UnreadableSubmissionException(
					"The file is not valid UTF-8 (after row " + lastRow + "); save it as CSV UTF-8", ex);
		}
		catch (java.io.UncheckedIOException ex) {
			if (ex.getCause() instanceof java.nio.charset.CharacterCodingException) {
				throw new UnreadableSubmissionException(
						"The file is not valid UTF-8 (after row " + lastRow + "); save it as CSV UTF-8", ex);
			}
			throw new UnreadableSubmissionException(
					"The file is not valid CSV after row " + lastRow + ": " + ex.getCause().getMessage(), ex);
		}
	}

	private static void readXlsx(InputStream content, RowSink sink) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(content)) {
			Sheet sheet = workbook.getFirstSheet();
			List<SubmissionColumn> columns = null;
			try (Stream<Row> rows = sheet.openStream()) {
				for (Row row : (Iterable<Row>) rows::iterator) {
					List<String> cells = new ArrayList<>();
					for (int index = 0; index < row.getCellCount(); index++) {
						cells.add(text(row.getCell(index)));
					}
					if (columns == null) {
						columns = header(cells, sink);
					}
					else if (cells.stream().anyMatch((cell) -> !cell.isBlank())) {
						sink.row(row(row.getRowNum(), columns, cells));
					}
				}
			}
			if (columns == null) {
				sink.header(List.of(), List.of());
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableSubmissionException unreadable) {
				throw unreadable;
			}
			throw new UnreadableSubmissionException("The file is not an XLSX workbook that can be read: "
					+ Optional.ofNullable(ex.getMessage()).orElse(ex.getClass().getSimpleName()), ex);
		}
	}

	/** Numbers as a person typed them: 74.1, not 74.09999999999999 or 7.41E1. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			return cell.asNumber().stripTrailingZeros().toPlainString();
		}
		return cell.getText();
	}

	private static List<SubmissionColumn> header(List<String> names, RowSink sink) {
		List<SubmissionColumn> columns = new ArrayList<>();
		List<ValidationIssue> issues = new ArrayList<>();
		for (String name : names) {
			String normalised = name.strip().toLowerCase(Locale.ROOT);
			Optional<SubmissionColumn> column = Stream.of(SubmissionColumn.values())
				.filter((candidate) -> candidate.header().equals(normalised))
				.findFirst();
			if (column.isPresent()) {
				columns.add(column.get());
			}
			else {
				columns.add(null);
				issues.add(new ValidationIssue(1, name, name, ValidationRule.UNKNOWN_COLUMN,
						"'" + name + "' is not a column of the submission format; the columns are "
								+ Stream.of(SubmissionColumn.values()).map(SubmissionColumn::header).toList()));
			}
		}
		issues.addAll(uk.nhs.leaguetables.submission.domain.RowValidator
			.validateHeader(columns.stream().filter(java.util.Objects::nonNull).toList()));
		sink.header(columns, issues);
		return columns;
	}

	private static RawRow row(int rowNumber, List<SubmissionColumn> columns, List<String> cells) {
		Map<SubmissionColumn, String> values = new EnumMap<>(SubmissionColumn.class);
		for (int index = 0; index < Math.min(columns.size(), cells.size()); index++) {
			SubmissionColumn column = columns.get(index);
			String cell = cells.get(index).strip();
			if (column != null && !cell.isEmpty()) {
				values.put(column, cell);
			}
		}
		return new RawRow(rowNumber, values);
	}

	private static InputStream withoutByteOrderMark(InputStream content) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(content);
		buffered.mark(3);
		byte[] start = buffered.readNBytes(3);
		if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
				&& (start[2] & 0xFF) == 0xBF)) {
			buffered.reset();
		}
		return buffered;
	}

}
