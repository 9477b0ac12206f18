package uk.nhs.leaguetables.platform.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams a table file into a {@link RowHandler} one row at a time, so that no file is
 * held in memory whole: UTF-8 CSV (with or without a byte-order mark, RFC 4180 quoting,
 * empty lines skipped) or the first sheet of an XLSX workbook (blank rows below the
 * header skipped, numbers as typed). Rows are numbered as a spreadsheet numbers them: the
 * header is row 1.
 * <p>
 * Limits keep a hostile file from exhausting memory: at most {@value #MAX_ROWS} rows and
 * {@value #MAX_CELL_LENGTH} characters a cell, and a workbook is inspected before it is
 * parsed ({@link XlsxInspection}: entries, expanded size, expansion ratio, longest text),
 * so that a zip bomb or a 50 MB cell is refused before the workbook library holds any of
 * it.
 */
public final class TableReader {

	/** More than any league's rows times metrics times quarters. */
	public static final int MAX_ROWS = 2_000_000;

	/** Far more than a value, an id or a comment needs. */
	public static final int MAX_CELL_LENGTH = 4_000;

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/** The file formats a table can be read from. */
	public enum Format {

		CSV, XLSX

	}

	/** Receives the rows of a table, the header row first. */
	@FunctionalInterface
	public interface RowHandler {

		/**
		 * @param rowNumber the row's number as a spreadsheet shows it (the header is 1)
		 * @param cells the row's cells as text, unstripped; blank cells are empty
		 */
		void row(int rowNumber, List<String> cells);

	}

	private TableReader() {
	}

	/**
	 * Reads the whole table; exceptions thrown by the handler propagate unchanged.
	 * @throws UnreadableTableException when the content is not valid UTF-8 CSV or not an
	 * XLSX workbook
	 */
	public static void read(InputStream content, Format format, RowHandler handler) throws IOException {
		switch (format) {
			case CSV -> readCsv(content, withinLimits(handler));
			case XLSX -> {
				Path copy = Files.createTempFile("table-", ".xlsx");
				try {
					try (OutputStream out = Files.newOutputStream(copy)) {
						content.transferTo(out);
					}
					readXlsx(copy, withinLimits(handler));
				}
				finally {
					Files.deleteIfExists(copy);
				}
			}
		}
	}

	/**
	 * Reads a table from a file; a workbook is read from the file in place (random
	 * access), not copied into memory.
	 * @throws UnreadableTableException as {@link #read(InputStream, Format, RowHandler)}
	 */
	public static void read(Path file, Format format, RowHandler handler) throws IOException {
		switch (format) {
			case CSV -> {
				try (InputStream content = Files.newInputStream(file)) {
					readCsv(content, withinLimits(handler));
				}
			}
			case XLSX -> readXlsx(file, withinLimits(handler));
		}
	}

	private static RowHandler withinLimits(RowHandler handler) {
		return (rowNumber, cells) -> {
			if (rowNumber > MAX_ROWS) {
				throw new UnreadableTableException(
						"The file has more than " + MAX_ROWS + " rows; split it into several files");
			}
			for (int index = 0; index < cells.size(); index++) {
				if (cells.get(index).length() > MAX_CELL_LENGTH) {
					throw new UnreadableTableException("Row " + rowNumber + ", column " + (index + 1) + ": a cell of "
							+ cells.get(index).length() + " characters; at most " + MAX_CELL_LENGTH + " are accepted");
				}
			}
			handler.row(rowNumber, cells);
		};
	}

	private static void readCsv(InputStream content, RowHandler handler) throws IOException {
		CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		long lastRow = 0;
		try (Reader reader = new InputStreamReader(withoutByteOrderMark(content), strictUtf8);
				CSVParser parser = CSV.parse(reader)) {
			for (CSVRecord record : parser) {
				lastRow = record.getRecordNumber();
				handler.row((int) record.getRecordNumber(), record.toList());
			}
		}
		catch (CharacterCodingException ex) {
			throw notUtf8(lastRow, ex);
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw notUtf8(lastRow, ex);
			}
			throw new UnreadableTableException(
					"The file is not valid CSV after row " + lastRow + ": " + ex.getCause().getMessage(), ex);
		}
	}

	private static UnreadableTableException notUtf8(long lastRow, Exception cause) {
		return new UnreadableTableException(
				"The file is not valid UTF-8 (after row " + lastRow + "); save it as CSV UTF-8", cause);
	}

	private static void readXlsx(Path file, RowHandler handler) throws IOException {
		XlsxInspection.check(file);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			Sheet sheet = workbook.getFirstSheet();
			boolean header = true;
			try (Stream<Row> rows = sheet.openStream()) {
				for (Row row : (Iterable<Row>) rows::iterator) {
					List<String> cells = new ArrayList<>();
					for (int index = 0; index < row.getCellCount(); index++) {
						cells.add(text(row.getCell(index)));
					}
					if (header || cells.stream().anyMatch((cell) -> !cell.isBlank())) {
						header = false;
						try {
							handler.row(row.getRowNum(), cells);
						}
						catch (RuntimeException ex) {
							throw new HandlerFailure(ex);
						}
					}
				}
			}
		}
		catch (HandlerFailure ex) {
			throw ex.getCause();
		}
		catch (IOException | RuntimeException ex) {
			// the library's message names its XML parser's and zip classes, which mean
			// nothing to the person
			// uploading
			throw new UnreadableTableException(
					"The file is not an Excel workbook (.xlsx) that can be read; save it from Excel as .xlsx, or as CSV UTF-8",
					ex);
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

	/**
	 * Carries an exception of the handler past the catch that turns the workbook
	 * library's exceptions into {@link UnreadableTableException}.
	 */
	private static final class HandlerFailure extends RuntimeException {

		HandlerFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

}
