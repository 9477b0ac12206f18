package uk.nhs.leaguetables.leaguetable.export;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a download, typed so that each format can write text as text and numbers as
 * numbers.
 */
sealed interface ExportCell {

	ExportCell EMPTY = new Empty();

	static ExportCell text(@Nullable String text) {
		return (text == null || text.isEmpty()) ? EMPTY : new Text(text);
	}

	static ExportCell number(@Nullable BigDecimal number) {
		return (number != null) ? new Number(number) : EMPTY;
	}

	static ExportCell number(@Nullable Integer number) {
		return (number != null) ? new Number(BigDecimal.valueOf(number)) : EMPTY;
	}

	/** Text, written exactly as it is and never read as a formula. */
	record Text(String text) implements ExportCell {
	}

	record Number(BigDecimal number) implements ExportCell {
	}

	/** No value: an empty CSV field, no XLSX cell. */
	record Empty() implements ExportCell {
	}

}
