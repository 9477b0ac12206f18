package uk.nhs.leaguetables.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.platform.tabular.TableReader;
import uk.nhs.leaguetables.platform.tabular.UnreadableTableException;
import uk.nhs.leaguetables.submission.domain.RawRow;
import uk.nhs.leaguetables.submission.domain.RowValidator;
import uk.nhs.leaguetables.submission.domain.SubmissionColumn;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;
import uk.nhs.leaguetables.submission.domain.ValidationRule;

/**
 * Streams a submission file (UTF-8 CSV with or without BOM, or the first sheet of an XLSX
 * workbook, read by {@link TableReader}) into a {@link RowSink}, one row at a time. Rows
 * are numbered as a spreadsheet numbers them: the header is row 1.
 */
final class SubmissionFileReader {

	private SubmissionFileReader() {
	}

	/**
	 * @throws UnreadableSubmissionException when the content is not valid UTF-8 CSV or
	 * not an XLSX workbook
	 */
	static void read(Path file, SubmissionFormat format, RowSink sink) throws IOException {
		TableReader.Format table = (format == SubmissionFormat.XLSX) ? TableReader.Format.XLSX : TableReader.Format.CSV;
		Header header = new Header();
		try {
			TableReader.read(file, table, (rowNumber, cells) -> {
				if (header.columns == null) {
					header.columns = header(cells, sink);
				}
				else {
					sink.row(row(rowNumber, header.columns, cells));
				}
			});
		}
		catch (UnreadableTableException ex) {
			throw new UnreadableSubmissionException(ex.getMessage(), ex);
		}
		if (header.columns == null) {
			sink.header(List.of(), List.of());
		}
	}

	/** The columns of the header row, once it has been read. */
	private static final class Header {

		private @Nullable List<SubmissionColumn> columns;

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
		issues.addAll(RowValidator.validateHeader(columns.stream().filter(Objects::nonNull).toList()));
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

}
