package uk.nhs.leaguetables.leaguetable.export;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting quarter as it appears in a download URL ({@code 2024-25-Q4}), in this
 * service ({@code 2024/25 Q4}) and in NHS England's files ({@code Q4 2024/25}). The URL
 * form exists because the period code's slash and space do not belong in a path.
 */
record ExportPeriod(int financialYearStart, int quarter) {

	private static final Pattern URL_FORM = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");

	/**
	 * Reads the URL form.
	 * @throws BadExportRequestException when it is not a financial-year quarter such as
	 * {@code 2024-25-Q4}
	 */
	static ExportPeriod parse(String urlForm) {
		Matcher matcher = URL_FORM.matcher(urlForm);
		if (!matcher.matches()) {
			throw new BadExportRequestException("The period '" + urlForm
					+ "' is not a financial-year quarter written like 2024-25-Q4 (for 2024/25 Q4)");
		}
		int start = Integer.parseInt(matcher.group(1));
		if (Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
			throw new BadExportRequestException("The period '" + urlForm
					+ "' names two years that do not follow each other; " + "the financial year starting in " + start
					+ " is " + start + "-" + String.format("%02d", (start + 1) % 100));
		}
		return new ExportPeriod(start, Integer.parseInt(matcher.group(3)));
	}

	/** The period code of this service, e.g. {@code 2024/25 Q4}. */
	String code() {
		return financialYear() + " Q" + this.quarter;
	}

	/** The URL form, e.g. {@code 2024-25-Q4}. */
	String urlForm() {
		return financialYear().replace('/', '-') + "-Q" + this.quarter;
	}

	/** NHS England's spelling of the quarter, e.g. {@code Q4 2024/25}. */
	String nhsEnglandQuarter() {
		return "Q" + this.quarter + " " + financialYear();
	}

	/** The financial year, e.g. {@code 2024/25}. */
	String financialYear() {
		return this.financialYearStart + "/" + String.format("%02d", (this.financialYearStart + 1) % 100);
	}

	/** The last month of the quarter: March 2025 for 2024/25 Q4. */
	YearMonth lastMonth() {
		return YearMonth.of(this.financialYearStart, 4).plusMonths(3L * this.quarter - 1);
	}

}
