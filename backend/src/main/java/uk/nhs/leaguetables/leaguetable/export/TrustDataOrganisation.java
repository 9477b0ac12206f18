package uk.nhs.leaguetables.leaguetable.export;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's stored results in a published table, as the trust data layout reads
 * them: its summary (average, segments, ranks, flags), its metric results and its domain
 * results. Segments and ranks are null for an organisation that was not segmented.
 *
 * @param rankByAverageScore the rank by average metric score alone (NHS England ranks
 * OF5002 this way)
 * @param supportSegment the final segment score override (OF5005); null when not stored
 */
record TrustDataOrganisation(TrustColumns trust, @Nullable BigDecimal averageScore,
		@Nullable Integer rankByAverageScore, @Nullable Integer scoreSegment, @Nullable Integer segment,
		@Nullable Integer rank, boolean inDeficit, boolean recoverySupport, @Nullable Integer supportSegment,
		List<Metric> metrics, List<Domain> domains) {

	/**
	 * One metric result with the metric's catalogue entry and the peer statistics.
	 * Domain, basis and unit are database literals (e.g. {@code ACCESS_TO_SERVICES}); the
	 * value is a number or, for a category metric, the category; the score is at full
	 * precision.
	 */
	record Metric(String domain, @Nullable String subDomain, String metricId, String description, String basis,
			String unit, @Nullable String scoredItem, @Nullable BigDecimal value, @Nullable String category,
			double score, @Nullable Integer rank, @Nullable BigDecimal median, @Nullable BigDecimal lowerQuartile,
			@Nullable BigDecimal upperQuartile) {
	}

	/**
	 * One domain's score and segment, with the rank of the score among the table's
	 * organisations (lowest score first, ties share a rank).
	 */
	record Domain(String domain, BigDecimal score, @Nullable Integer segment, int rank) {
	}

}
