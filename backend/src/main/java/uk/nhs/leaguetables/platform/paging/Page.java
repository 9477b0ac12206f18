package uk.nhs.leaguetables.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list, with the total across all pages.
 *
 * @param items the rows of this page
 * @param hasNextPage whether rows follow the last one
 * @param hasPreviousPage whether the page started after a cursor
 * @param totalCount how many rows match in all
 * @param cursorOf the cursor of a row
 */
public record Page<T>(List<T> items, boolean hasNextPage, boolean hasPreviousPage, int totalCount,
		Function<T, Cursor> cursorOf) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * Builds a page from a query that fetched one row more than asked for, which tells
	 * whether a next page exists.
	 */
	public static <T> Page<T> fromOverfetched(List<T> rows, PageRequest request, int totalCount,
			Function<T, Cursor> cursorOf) {
		boolean hasNext = rows.size() > request.first();
		List<T> items = hasNext ? rows.subList(0, request.first()) : rows;
		return new Page<>(items, hasNext, request.after() != null, totalCount, cursorOf);
	}

}
