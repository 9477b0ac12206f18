package uk.nhs.leaguetables.leaguetable.export;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's result on one metric, a line of the long trust data layout. Domain,
 * basis and unit are database literals (e.g. {@code ACCESS_TO_SERVICES}); the value is a
 * number or, for a category metric, the category.
 */
record TrustDataLine(TrustColumns trust, String domain, @Nullable String subDomain, String metricId, String description,
		String basis, String unit, @Nullable BigDecimal value, @Nullable String category, @Nullable BigDecimal median,
		@Nullable BigDecimal lowerQuartile, @Nullable BigDecimal upperQuartile, @Nullable Integer rank) {
}
