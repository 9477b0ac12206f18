package uk.nhs.leaguetables.scoring.result;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an organisation stands in the table: segmented and ranked, or not segmented for
 * lack of coverage (§4–§6).
 */
public sealed interface Placement {

	/**
	 * @param rank league rank: final segment first, then rounded average, lower better,
	 * competition ranking (§6)
	 * @param rankByAverage rank by rounded average alone, ignoring segment, among the
	 * segmented organisations
	 * @param distanceToNextSegment {@code null} in segment 1
	 */
	record Segmented(int scoreSegment, List<Adjustment> adjustments, int finalSegment, int rank, int rankByAverage,
			@Nullable DistanceToNextSegment distanceToNextSegment) implements Placement {

		public Segmented {
			adjustments = List.copyOf(adjustments);
		}

	}

	/**
	 * Fewer scored items than the framework's minimum coverage: listed after the ranked
	 * organisations, unranked.
	 */
	record NotSegmented(String reason) implements Placement {
	}

}
