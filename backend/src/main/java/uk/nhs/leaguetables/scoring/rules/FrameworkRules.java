package uk.nhs.leaguetables.scoring.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of one framework version, e.g. NOF-2025/26 (§1).
 *
 * @param minimumCoverage fraction of the league's scored items an organisation needs to
 * be segmented (§4; 0.5 in 2025/26)
 * @param bestSegmentInDeficit the best segment an organisation in financial deficit can
 * hold (§5.2; 3 in 2025/26)
 * @param deficitMetricCode a finance metric whose negative value puts an organisation in
 * deficit, besides its declared flag; {@code null} when only the flag counts
 * @param combinations how each composite item combines its members, by item code; a
 * composite not listed takes the mean
 * @param recoverySupportKeepsSegment whether an organisation in the Recovery Support
 * Programme keeps its public segment and rank, flagged, with segment 5 as its
 * intensive-support outcome (NHS England's 2025/26 tables), or is moved to segment 5
 */
public record FrameworkRules(String version, List<MetricRule> metrics, SegmentMethod segmentMethod,
		BigDecimal minimumCoverage, int bestSegmentInDeficit, @Nullable String deficitMetricCode,
		BootstrapSettings bootstrap, Map<String, ItemCombination> combinations, boolean recoverySupportKeepsSegment) {

	/** Composites take the mean; Recovery Support moves an organisation to segment 5. */
	public FrameworkRules(String version, List<MetricRule> metrics, SegmentMethod segmentMethod,
			BigDecimal minimumCoverage, int bestSegmentInDeficit, @Nullable String deficitMetricCode,
			BootstrapSettings bootstrap) {
		this(version, metrics, segmentMethod, minimumCoverage, bestSegmentInDeficit, deficitMetricCode, bootstrap,
				Map.of(), false);
	}

	public FrameworkRules {
		combinations = Collections.unmodifiableSortedMap(new TreeMap<>(combinations));
		Checks.requireText(version, "framework version");
		metrics = List.copyOf(metrics);
		requireUniqueCodesAndOneDomainPerItem(metrics);
		requireDeficitMetricHigherIsBetter(metrics, deficitMetricCode);
		if (minimumCoverage.signum() < 0 || minimumCoverage.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"minimum coverage must be a fraction from 0 to 1, got " + minimumCoverage);
		}
		if (bestSegmentInDeficit < Segments.BEST || bestSegmentInDeficit > Segments.WORST_BY_SCORE) {
			throw new IllegalArgumentException(
					"the best segment in deficit must be 1 to 4, got " + bestSegmentInDeficit);
		}
	}

	/** How the composite item {@code itemCode} combines its members. */
	public ItemCombination combinationOf(String itemCode) {
		return combinations.getOrDefault(itemCode, new ItemCombination.Mean());
	}

	private static void requireUniqueCodesAndOneDomainPerItem(List<MetricRule> metrics) {
		var codes = new HashSet<String>();
		var domainByItem = new HashMap<String, String>();
		for (MetricRule metric : metrics) {
			if (!codes.add(metric.code())) {
				throw new IllegalArgumentException("metric " + metric.code() + " appears twice");
			}
			String domain = domainByItem.putIfAbsent(metric.scoredItemCode(), metric.domain());
			if (domain != null && !domain.equals(metric.domain())) {
				throw new IllegalArgumentException("scored item " + metric.scoredItemCode()
						+ " has members in two domains: " + domain + " and " + metric.domain());
			}
		}
	}

	private static void requireDeficitMetricHigherIsBetter(List<MetricRule> metrics,
			@Nullable String deficitMetricCode) {
		for (MetricRule metric : metrics) {
			if (metric.code().equals(deficitMetricCode) && metric.direction() != Direction.HIGHER_IS_BETTER) {
				throw new IllegalArgumentException("the deficit metric " + metric.code() + " must be higher-is-better");
			}
		}
	}

}
