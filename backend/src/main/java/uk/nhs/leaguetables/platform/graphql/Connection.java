package uk.nhs.leaguetables.platform.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.platform.paging.Page;

/**
 * A Relay connection (edges with cursors, page info and the total count), the shape of
 * every paginated list in the schema.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	public static <T> Connection<T> of(Page<T> page) {
		List<Edge<T>> edges = page.items()
			.stream()
			.map((item) -> new Edge<>(item, page.cursorOf().apply(item).encode()))
			.toList();
		return new Connection<>(edges, new PageInfo(page.hasNextPage(), page.hasPreviousPage(),
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
				page.totalCount());
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

	/** One row of a connection and the cursor that pages after it. */
	public record Edge<T>(T node, String cursor) {
	}

	/** Whether more rows exist either side of this page, and the cursors at its ends. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
