package uk.nhs.leaguetables.nhsedata;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One stored row of NHS England's published trust data, as published.
 *
 * @param publicationId the reference publication it belongs to
 * @param sourceRow its row in the imported file (the header is row 1)
 * @param organisationCode the trust's ODS code
 * @param metricId NHS England's id, e.g. OF1017
 * @param kind VALUE, METRIC_SCORE, DOMAIN_SCORE, DOMAIN_SEGMENT, SEGMENT, AVERAGE_SCORE,
 * FLAG or SEGMENT_OVERRIDE
 * @param metricCode our catalogue's metric, for OF0xxx and OF1xxx rows
 * @param value the published value
 * @param median the league's median, where published
 * @param lowerQuartile the lower quartile, where published
 * @param upperQuartile the upper quartile, where published
 * @param rank the rank in the league, where published
 * @param metricDescription NHS England's description of the metric
 * @param domain NHS England's domain
 * @param subDomain NHS England's sub-domain
 * @param reportingDate the period the figure refers to, as NHS England writes it
 * @param units the units, as NHS England writes them
 */
public record ReferenceRow(long publicationId, int sourceRow, String organisationCode, String metricId, String kind,
		@Nullable String metricCode, BigDecimal value, @Nullable BigDecimal median, @Nullable BigDecimal lowerQuartile,
		@Nullable BigDecimal upperQuartile, @Nullable Integer rank, @Nullable String metricDescription,
		@Nullable String domain, @Nullable String subDomain, @Nullable String reportingDate, @Nullable String units) {
}
