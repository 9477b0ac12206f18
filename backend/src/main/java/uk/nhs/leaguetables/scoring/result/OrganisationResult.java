package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.rules.Segments;

/**
 * One row of the league table with everything needed to explain it (§8).
 *
 * @param metrics scored metrics the organisation has, in metric code order
 * @param items scored items in item code order; the average is over these
 * @param averageScore mean of the item scores, 2 places half-up (§4); {@code null} with
 * no scored item
 * @param inDeficit in financial deficit by its declared flag or the framework's deficit
 * metric (§5.2)
 * @param likelyRange {@code null} with no scored item
 * @param explanation the row's derivation in words
 */
public record OrganisationResult(String code, List<MetricResult> metrics, List<ItemScore> items,
		List<DomainScore> domains, @Nullable BigDecimal averageScore, boolean inDeficit, boolean inRecoverySupport,
		Placement placement, Movement movement, @Nullable LikelyRange likelyRange, String explanation) {

	public OrganisationResult {
		metrics = List.copyOf(metrics);
		items = List.copyOf(items);
		domains = List.copyOf(domains);
	}

	public int scoredItemCount() {
		return items.size();
	}

	/**
	 * The segment of the intensive-support outcome (NHS England's "final segment score
	 * override", OF5005): 5 in the Recovery Support Programme, otherwise the final
	 * segment; {@code null} when not segmented.
	 */
	public @Nullable Integer supportSegment() {
		if (!(placement instanceof Placement.Segmented segmented)) {
			return null;
		}
		return inRecoverySupport ? Segments.INTENSIVE_SUPPORT : segmented.finalSegment();
	}

}
