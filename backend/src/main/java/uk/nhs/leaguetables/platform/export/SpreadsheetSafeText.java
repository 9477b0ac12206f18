package uk.nhs.leaguetables.platform.export;

import org.jspecify.annotations.Nullable;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection,
 * OWASP): a cell starting with =, +, -, @, tab or carriage return gets a leading
 * apostrophe. Plain numbers such as -3.5 are left alone.
 */
public final class SpreadsheetSafeText {

	private SpreadsheetSafeText() {
	}

	public static String of(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		if (text.matches("-?\\d+(\\.\\d+)?")) {
			return text;
		}
		char first = text.charAt(0);
		boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formulaLike ? "'" + text : text;
	}

}
