package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's value, score and rank on one metric of a computed table, with the
 * peer statistics it was scored against.
 */
public record MetricScore(long calculationId, String organisationCode, String metricId, @Nullable BigDecimal value,
		@Nullable String category, BigDecimal score, @Nullable Integer rank, String explanation,
		@Nullable Integer peerCount, @Nullable BigDecimal peerMedian, @Nullable BigDecimal lowerQuartile,
		@Nullable BigDecimal upperQuartile) {

	public LeagueTableRow.ResultKey rowKey() {
		return new LeagueTableRow.ResultKey(calculationId, organisationCode);
	}

}
