package uk.nhs.leaguetables.submission.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One data row as read from a file or request, before validation: the cells by column,
 * blank cells absent.
 *
 * @param rowNumber the row's number as a spreadsheet shows it (the header is row 1)
 * @param cells the trimmed non-blank cells
 */
public record RawRow(int rowNumber, Map<SubmissionColumn, String> cells) {

	public RawRow {
		cells = Map.copyOf(cells);
	}

	public @Nullable String get(SubmissionColumn column) {
		return cells.get(column);
	}

}
