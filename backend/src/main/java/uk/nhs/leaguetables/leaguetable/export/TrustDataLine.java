package uk.nhs.leaguetables.leaguetable.export;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One line of the long trust data layout after the organisation's columns, spelt as NHS
 * England spells it: a metric value (OF0xxx), a metric or composite score (OF1xxx), a
 * domain score or segment (OF40xx, OF41xx) or a summary item (OF50xx). The value is a
 * number or, for a category metric's value, the category.
 */
record TrustDataLine(String domain, @Nullable String subDomain, String metricId, String description,
		String reportingDate, String units, @Nullable BigDecimal value, @Nullable String category,
		@Nullable BigDecimal median, @Nullable BigDecimal lowerQuartile, @Nullable BigDecimal upperQuartile,
		@Nullable Integer rank) {

	/** A line without peer statistics: scores, domain and summary items. */
	static TrustDataLine item(String domain, @Nullable String subDomain, String metricId, String description,
			String reportingDate, String units, BigDecimal value, @Nullable Integer rank) {
		return new TrustDataLine(domain, subDomain, metricId, description, reportingDate, units, value, null, null,
				null, null, rank);
	}

}
