package uk.nhs.leaguetables.submission;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Writes values in the CSV dialect of PostgreSQL's {@code COPY ... (FORMAT csv)}: an
 * empty unquoted field is NULL, text is always quoted (so an empty comment stays
 * distinguishable from none), quotes inside are doubled.
 */
final class CopyCsv {

	private CopyCsv() {
	}

	static void line(StringBuilder csv, @Nullable Object... values) {
		for (int index = 0; index < values.length; index++) {
			if (index > 0) {
				csv.append(',');
			}
			Object value = values[index];
			if (value instanceof BigDecimal number) {
				csv.append(number.toPlainString());
			}
			else if (value instanceof Number || value instanceof java.time.LocalDate) {
				csv.append(value);
			}
			else if (value != null) {
				csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
			}
		}
		csv.append('\n');
	}

}
