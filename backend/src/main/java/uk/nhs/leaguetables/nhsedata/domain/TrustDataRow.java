package uk.nhs.leaguetables.nhsedata.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/**
 * One row of NHS England's trust data that passed every rule, with the quarter as our
 * period code and the numbers parsed.
 *
 * @param rowNumber the row's number in the file (the header is row 1)
 * @param periodCode the quarter, e.g. {@code 2025/26 Q1} (NHS England writes
 * {@code Q1 2025/26})
 * @param frameworkCode the framework version the quarter is assessed under
 * @param league the league of the row's trust type
 * @param trustCode the trust's ODS code
 * @param metricId NHS England's id, e.g. OF1017
 * @param kind what the row holds
 * @param metricCode our catalogue's metric for OF0xxx and OF1xxx rows (OF1017 is the
 * score of OF0017); null for the combined finance score and the summary items
 * @param value the published value
 * @param median the league's median, where published
 * @param lowerQuartile the lower quartile, where published
 * @param upperQuartile the upper quartile, where published
 * @param rank the rank in the league, where published
 * @param text the descriptive columns as published
 */
public record TrustDataRow(int rowNumber, String periodCode, String frameworkCode, League league, String trustCode,
		String metricId, ItemKind kind, @Nullable String metricCode, BigDecimal value, @Nullable BigDecimal median,
		@Nullable BigDecimal lowerQuartile, @Nullable BigDecimal upperQuartile, @Nullable Integer rank,
		Descriptions text) {

	/** The columns NHS England publishes to describe a row, kept as published. */
	public record Descriptions(@Nullable String region, @Nullable String trustSubtype, @Nullable String trustName,
			@Nullable String domain, @Nullable String subDomain, @Nullable String metricDescription,
			@Nullable String reportingDate, @Nullable String units) {
	}

}
