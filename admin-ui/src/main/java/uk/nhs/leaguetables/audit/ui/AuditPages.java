package uk.nhs.leaguetables.audit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.platform.paging.Page;
import uk.nhs.leaguetables.platform.paging.PageRequest;

/**
 * Serves a grid's offset-and-limit requests from the audit service's keyset pages. It
 * remembers the cursor at every position it has reached, so scrolling on asks only for
 * the next rows and a jump back starts from the nearest known cursor.
 */
final class AuditPages {

	private final AuditService audit;

	private final AuditFilter filter;

	/** Position in the filtered log → the cursor after which that position starts. */
	private final TreeMap<Integer, @Nullable String> cursors = new TreeMap<>();

	AuditPages(AuditService audit, AuditFilter filter) {
		this.audit = audit;
		this.filter = filter;
		cursors.put(0, null);
	}

	List<AuditEvent> fetch(int offset, int limit) {
		List<AuditEvent> rows = new ArrayList<>(limit);
		walk(offset, offset + limit, rows::add);
		return rows;
	}

	int count() {
		return audit.trail(filter, new PageRequest(0, null)).totalCount();
	}

	/** Every entry that matches the filter, newest first, a page at a time. */
	void forEach(Consumer<AuditEvent> action) {
		walk(0, Integer.MAX_VALUE, action);
	}

	private void walk(int from, int to, Consumer<AuditEvent> action) {
		Map.Entry<Integer, @Nullable String> start = cursors.floorEntry(from);
		int position = start.getKey();
		String after = start.getValue();
		while (position < to) {
			int size = (int) Math.min(PageRequest.MAX_PAGE_SIZE, (long) to - position);
			Page<AuditEvent> page = audit.trail(filter, new PageRequest(size, after));
			for (AuditEvent event : page.items()) {
				if (position >= from) {
					action.accept(event);
				}
				position++;
			}
			if (page.items().isEmpty() || !page.hasNextPage()) {
				return;
			}
			after = page.cursorOf().apply(page.items().getLast()).encode();
			cursors.put(position, after);
		}
	}

}
