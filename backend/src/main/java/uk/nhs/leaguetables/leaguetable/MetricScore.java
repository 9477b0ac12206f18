package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's value, score and rank on one metric of a computed table, with the
 * peer statistics it was scored against.
 *
 * @param peerPool whom the metric ranked the organisation against: {@code LEAGUE},
 * {@code ALL} (every league scored together) or {@code LEAGUES:A+B}
 */
public record MetricScore(long calculationId, String organisationCode, String metricId, @Nullable BigDecimal value,
		@Nullable String category, BigDecimal score, @Nullable Integer rank, String explanation,
		@Nullable Integer peerCount, @Nullable BigDecimal peerMedian, @Nullable BigDecimal lowerQuartile,
		@Nullable BigDecimal upperQuartile, @Nullable String peerPool) {

	public LeagueTableRow.ResultKey rowKey() {
		return new LeagueTableRow.ResultKey(calculationId, organisationCode);
	}

}
