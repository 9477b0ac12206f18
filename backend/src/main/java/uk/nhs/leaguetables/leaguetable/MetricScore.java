package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One organisation's value, score and rank on one metric of a published table. */
public record MetricScore(String organisationCode, String metricId, @Nullable BigDecimal value,
		@Nullable String category, BigDecimal score, @Nullable Integer rank, String explanation) {
}
