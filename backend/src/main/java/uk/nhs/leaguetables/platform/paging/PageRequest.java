package uk.nhs.leaguetables.platform.paging;

import org.jspecify.annotations.Nullable;

/**
 * A validated request for one page: at most {@link #MAX_PAGE_SIZE} rows after an optional
 * cursor.
 */
public record PageRequest(int first, @Nullable String after) {

	public static final int MAX_PAGE_SIZE = 500;

	public PageRequest {
		if (first < 0 || first > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("first must be between 0 and " + MAX_PAGE_SIZE + " (was " + first + ")");
		}
	}

}
