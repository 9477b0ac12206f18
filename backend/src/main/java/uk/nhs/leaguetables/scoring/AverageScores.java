package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.result.DomainScore;
import uk.nhs.leaguetables.scoring.result.ItemScore;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.ScoreDecimals;
import uk.nhs.leaguetables.scoring.rules.ItemCombination;

/**
 * Scored items, domain scores, the average metric score and minimum coverage (§3
 * composites, §4). Every mean of scores sums exact decimals, so it does not depend on the
 * order the scores arrive in.
 */
final class AverageScores {

	/** A domain's item scores summed exactly, in 10⁻¹² units, and counted. */
	private static final class DomainTally {

		private long units;

		private int items;

		void add(long itemUnits) {
			units += itemUnits;
			items++;
		}

	}

	private static final Comparator<MetricResult> BY_ITEM = Comparator.comparing(MetricResult::scoredItemCode);

	private AverageScores() {
	}

	/**
	 * One organisation's scored items and averages.
	 *
	 * @param average the published average metric score; {@code null} with no scored item
	 * @param itemScoreSum the exact sum the average divides, for the explanation ("24.31
	 * / 11")
	 */
	record OrganisationScores(List<ItemScore> items, List<DomainScore> domains, @Nullable BigDecimal average,
			BigDecimal itemScoreSum) implements CutOffsByLeague.Scores {

		int itemCount() {
			return items.size();
		}

	}

	/**
	 * Groups an organisation's metric scores into scored items (a composite scores the
	 * mean of its members that have a score) and averages them.
	 * @param metricResults the organisation's scored metrics, in metric code order
	 * @param domainByItem each scored item's domain
	 */
	static OrganisationScores summarise(List<MetricResult> metricResults, Map<String, String> domainByItem,
			Function<String, ItemCombination> combinations) {
		// A stable sort: members of an item stay in metric code order.
		var byItem = new ArrayList<>(metricResults);
		byItem.sort(BY_ITEM);
		var items = new ArrayList<ItemScore>(byItem.size());
		var tallyByDomain = new TreeMap<String, DomainTally>();
		long itemUnitsSum = 0;
		int first = 0;
		while (first < byItem.size()) {
			String itemCode = byItem.get(first).scoredItemCode();
			int end = first + 1;
			while (end < byItem.size() && byItem.get(end).scoredItemCode().equals(itemCode)) {
				end++;
			}
			List<MetricResult> members = byItem.subList(first, end);
			var item = new ItemScore(itemCode, domainByItem.get(itemCode),
					members.stream().map(MetricResult::metricCode).toList(),
					combine(members, combinations.apply(itemCode)));
			items.add(item);
			long units = ScoreDecimals.internalUnits(item.score());
			itemUnitsSum += units;
			tallyByDomain.computeIfAbsent(item.domain(), domain -> new DomainTally()).add(units);
			first = end;
		}
		var domains = new ArrayList<DomainScore>(tallyByDomain.size());
		tallyByDomain.forEach((domain, tally) -> domains.add(new DomainScore(domain, tally.items,
				ScoreDecimals.publishedMean(ScoreDecimals.fromUnits(tally.units), tally.items))));
		BigDecimal itemScoreSum = ScoreDecimals.fromUnits(itemUnitsSum);
		BigDecimal average = items.isEmpty() ? null : ScoreDecimals.publishedMean(itemScoreSum, items.size());
		return new OrganisationScores(items, domains, average, itemScoreSum);
	}

	/** §3 composites: the item's combination of its members' scores. */
	private static double combine(List<MetricResult> members, ItemCombination combination) {
		var memberScores = new TreeMap<String, Double>();
		members.forEach(member -> memberScores.put(member.metricCode(), member.score()));
		return combination.score(memberScores);
	}

	/**
	 * Scored items that at least one organisation in the league has: the league's scored
	 * items of §4.
	 */
	static int leagueScoredItems(List<OrganisationScores> organisations) {
		return (int) organisations.stream()
			.flatMap(organisation -> organisation.items().stream())
			.map(ItemScore::itemCode)
			.distinct()
			.count();
	}

	/**
	 * §4: at least one scored item, and no fewer than the minimum coverage fraction of
	 * the league's scored items.
	 */
	static boolean meetsMinimumCoverage(int itemCount, int leagueScoredItems, BigDecimal minimumCoverage) {
		BigDecimal minimum = minimumCoverage.multiply(BigDecimal.valueOf(leagueScoredItems));
		return itemCount > 0 && BigDecimal.valueOf(itemCount).compareTo(minimum) >= 0;
	}

}
