package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/**
 * NHS England's individual metric ranking: one metric of one published table, with the
 * peer statistics every organisation was scored against.
 */
public record MetricRanking(String metricId, String period, League league, int revision, long calculationId,
		int peerCount, @Nullable BigDecimal best, @Nullable BigDecimal worst, @Nullable BigDecimal median,
		@Nullable BigDecimal lowerQuartile, @Nullable BigDecimal upperQuartile) {
}
