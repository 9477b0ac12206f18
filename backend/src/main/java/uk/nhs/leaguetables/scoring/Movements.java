package uk.nhs.leaguetables.scoring;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.result.Movement;
import uk.nhs.leaguetables.scoring.result.Placement;

/**
 * Movement against the previous published table of the same league (§7); positive numbers
 * are improvements.
 */
final class Movements {

	private Movements() {
	}

	static Movement since(@Nullable PreviousResult previous, Placement placement) {
		if (previous == null) {
			return new Movement.NewToLeague();
		}
		Integer segment = placement instanceof Placement.Segmented segmented ? segmented.finalSegment() : null;
		Integer rank = placement instanceof Placement.Segmented segmented ? segmented.rank() : null;
		return new Movement.SincePrevious(previous.segment(), previous.rank(), improvement(previous.segment(), segment),
				improvement(previous.rank(), rank));
	}

	/**
	 * previous − now, so that moving from segment 3 to 2 or from rank 9 to 6 is positive.
	 */
	private static @Nullable Integer improvement(@Nullable Integer previous, @Nullable Integer now) {
		return previous == null || now == null ? null : previous - now;
	}

}
