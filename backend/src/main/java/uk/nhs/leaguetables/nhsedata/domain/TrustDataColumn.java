package uk.nhs.leaguetables.nhsedata.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 17 columns of NHS England's NOF trust data files (long layout), spelt as NHS
 * England spells them; headers match case-insensitively and in any order.
 */
public enum TrustDataColumn {

	QUARTER("Quarter"), REGION("Region"), TRUST_TYPE("Trust_type"), TRUST_SUBTYPE("Trust_subtype"),
	TRUST_CODE("Trust_code"), TRUST_NAME("Trust_name"), DOMAIN("Domain"), SUB_DOMAIN("Sub-domain"),
	METRIC_ID("Metric_ID"), METRIC_DESCRIPTION("Metric_description"), REPORTING_DATE("Reporting_date"), UNITS("Units"),
	VALUE("Value"), MEDIAN_VALUE("Median_value"), LOWER_QUARTILE("Lower_quartile"), UPPER_QUARTILE("Upper_quartile"),
	RANK("Rank");

	private final String header;

	TrustDataColumn(String header) {
		this.header = header;
	}

	/** The header as NHS England writes it, e.g. {@code Metric_ID}. */
	public String header() {
		return header;
	}

	public static Optional<TrustDataColumn> ofHeader(String header) {
		String wanted = header.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((column) -> column.header.toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

}
