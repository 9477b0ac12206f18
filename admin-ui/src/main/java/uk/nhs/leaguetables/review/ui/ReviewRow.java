package uk.nhs.leaguetables.review.ui;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.leaguetable.LeagueTableRow;

/**
 * One organisation's draft row with its row in the published table it is compared with
 * (null when it was not in that table).
 */
record ReviewRow(String organisationName, LeagueTableRow draft, @Nullable LeagueTableRow published) {

	/** Places moved up since the published table (negative: down), or null if new. */
	@Nullable Integer placesUp() {
		if (published == null || published.rank() == null || draft.rank() == null) {
			return null;
		}
		return published.rank() - draft.rank();
	}

	boolean segmentChanged() {
		return published != null && !java.util.Objects.equals(published.segment(), draft.segment());
	}

	/** The change in words, so that it never rests on colour alone. */
	String change() {
		if (published == null) {
			return "new: not in the published table";
		}
		Integer placesUp = placesUp();
		String rank = (placesUp == null) ? "rank not comparable" : (placesUp > 0)
				? "▲ up " + placesUp + ((placesUp == 1) ? " place" : " places")
				: (placesUp < 0) ? "▼ down " + -placesUp + ((placesUp == -1) ? " place" : " places") : "same rank";
		if (!segmentChanged()) {
			return rank;
		}
		return rank + "; segment " + segment(published.segment()) + " → " + segment(draft.segment())
				+ segmentDirection();
	}

	private String segmentDirection() {
		if (published == null || published.segment() == null || draft.segment() == null) {
			return "";
		}
		return (draft.segment() < published.segment()) ? " (better)" : " (worse)";
	}

	static String segment(@Nullable Integer segment) {
		return (segment != null) ? String.valueOf(segment) : "none";
	}

}
