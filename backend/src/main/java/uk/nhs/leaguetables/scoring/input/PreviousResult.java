package uk.nhs.leaguetables.scoring.input;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.rules.Segments;

/**
 * An organisation's row in the previous published table of the same league (§7); both are
 * {@code null} when it was listed there as not segmented.
 */
public record PreviousResult(@Nullable Integer segment, @Nullable Integer rank) {

	public PreviousResult {
		if (segment != null) {
			Segments.require(segment, "previous segment");
		}
		if (rank != null && rank < 1) {
			throw new IllegalArgumentException("a previous rank starts at 1, got " + rank);
		}
	}

}
