package uk.nhs.leaguetables.leaguetable.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.framework.CompositeItem;
import uk.nhs.leaguetables.leaguetable.NhsEnglandDomainIds;
import uk.nhs.leaguetables.scoring.result.ScoreDecimals;

/**
 * Every line of one organisation in NHS England's long trust data layout, by metric id,
 * as NHS England's own files have them: each metric's value (OF0xxx) and score (OF1xxx,
 * with the metric's rank), each composite item's score (OF1080 combined finance), each
 * domain's score (OF40xx, ranked within the table) and segment (OF41xx), and the summary
 * items OF5000 to OF5007 (see docs/exports.md).
 */
final class TrustDataLines {

	static final String SUMMARY = "Summary";

	static final String SCORE = "score";

	static final String SEGMENT = "segment";

	static final String FLAG = "flag";

	private TrustDataLines() {
	}

	/**
	 * @param composites the framework version's composite items by code, whose scores are
	 * combined here from their members' stored scores by the engine's own rule
	 */
	static List<TrustDataLine> of(TrustDataOrganisation organisation, Map<String, CompositeItem> composites,
			ExportPeriod period) {
		String quarter = period.nhsEnglandQuarter();
		List<TrustDataLine> lines = new ArrayList<>();
		Map<String, SortedMap<String, Double>> memberScores = new TreeMap<>();
		for (TrustDataOrganisation.Metric metric : organisation.metrics()) {
			String domain = NhsEnglandLabels.domain(metric.domain());
			String reportingDate = NhsEnglandLabels.reportingDate(metric.basis(), period);
			lines.add(new TrustDataLine(domain, metric.subDomain(), metric.metricId(), metric.description(),
					reportingDate, NhsEnglandLabels.unit(metric.unit()), metric.value(), metric.category(),
					metric.median(), metric.lowerQuartile(), metric.upperQuartile(), metric.rank()));
			CompositeItem composite = (metric.scoredItem() != null) ? composites.get(metric.scoredItem()) : null;
			String scoreId = scoreId(metric, composite);
			if (scoreId != null) {
				lines.add(TrustDataLine.item(domain, metric.subDomain(), scoreId, metric.description(), reportingDate,
						SCORE, ScoreDecimals.published(metric.score()), metric.rank()));
			}
			if (composite != null) {
				memberScores.computeIfAbsent(composite.code(), (code) -> new TreeMap<>())
					.put(metric.metricId(), metric.score());
			}
		}
		memberScores.forEach((code, members) -> {
			CompositeItem item = composites.get(code);
			lines.add(TrustDataLine.item(NhsEnglandLabels.domain(item.domain()), item.subDomain(), code, item.name(),
					quarter, SCORE, ScoreDecimals.published(item.combination().score(members)), null));
		});
		for (TrustDataOrganisation.Domain domain : organisation.domains()) {
			String name = NhsEnglandLabels.domain(domain.domain());
			lines.add(TrustDataLine.item(name, name + " domain score", NhsEnglandDomainIds.score(domain.domain()),
					name + " domain score", quarter, SCORE, domain.score(), domain.rank()));
			if (domain.segment() != null) {
				lines.add(TrustDataLine.item(name, name + " domain segment",
						NhsEnglandDomainIds.segment(domain.domain()), name + " domain segment", quarter, SEGMENT,
						BigDecimal.valueOf(domain.segment()), null));
			}
		}
		addSummary(organisation, quarter, lines);
		lines.sort(Comparator.comparing(TrustDataLine::metricId));
		return lines;
	}

	/**
	 * The id of a metric's score: its scored item's when the item is the metric alone
	 * (OF1017 for OF0017); for a member of a composite item, the item's series (OF1) and
	 * the metric's number (OF1079 for OF0079, a member of OF1080), and none when that is
	 * the item's own id.
	 */
	private static @Nullable String scoreId(TrustDataOrganisation.Metric metric, @Nullable CompositeItem composite) {
		if (metric.scoredItem() == null) {
			return null;
		}
		if (composite == null) {
			return metric.scoredItem();
		}
		String id = composite.code().substring(0, 3) + metric.metricId().substring(3);
		return id.equals(composite.code()) ? null : id;
	}

	/**
	 * NHS England's summary items: the adjusted segment (ranked by the league rank), the
	 * average metric score (ranked by itself), the unadjusted segment, the financial
	 * override flag, the final segment score override and the Recovery Support Programme
	 * flag. Items without a value (an organisation that was not segmented) are left out.
	 */
	private static void addSummary(TrustDataOrganisation organisation, String quarter, List<TrustDataLine> lines) {
		if (organisation.segment() != null) {
			lines.add(summary("OF5000", "Adjusted segment", quarter, SEGMENT,
					BigDecimal.valueOf(organisation.segment()), organisation.rank()));
		}
		if (organisation.averageScore() != null) {
			lines.add(summary("OF5002", "Average metric score", quarter, SCORE, organisation.averageScore(),
					organisation.rankByAverageScore()));
		}
		if (organisation.scoreSegment() != null) {
			lines.add(summary("OF5003", "Unadjusted segment", quarter, SEGMENT,
					BigDecimal.valueOf(organisation.scoreSegment()), null));
		}
		lines.add(summary("OF5004", "Financial override", quarter, FLAG, flag(organisation.inDeficit()), null));
		if (organisation.supportSegment() != null) {
			lines.add(summary("OF5005", "Final segment score override", quarter, SEGMENT,
					BigDecimal.valueOf(organisation.supportSegment()), null));
		}
		lines.add(summary("OF5007", "Is the organisation in the Recovery Support Programme?", quarter, FLAG,
				flag(organisation.recoverySupport()), null));
	}

	private static TrustDataLine summary(String id, String description, String quarter, String units, BigDecimal value,
			@Nullable Integer rank) {
		return TrustDataLine.item(SUMMARY, SUMMARY, id, description, quarter, units, value, rank);
	}

	private static BigDecimal flag(boolean set) {
		return set ? BigDecimal.ONE : BigDecimal.ZERO;
	}

}
