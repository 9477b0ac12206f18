package uk.nhs.leaguetables.scoring.result;

import org.jspecify.annotations.Nullable;

/** Change against the organisation's previous published row in the same league (§7). */
public sealed interface Movement {

	/** Not in the previous published table of this league. */
	record NewToLeague() implements Movement {
	}

	/**
	 * Positive numbers are improvements: {@code segmentsUp} = previous segment − segment,
	 * {@code placesUp} = previous rank − rank. Each change is {@code null} when either
	 * side has no segment or rank.
	 */
	record SincePrevious(@Nullable Integer previousSegment, @Nullable Integer previousRank,
			@Nullable Integer segmentsUp, @Nullable Integer placesUp) implements Movement {
	}

}
