package uk.nhs.leaguetables.audit.ui;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.console.ConsoleContextTest;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid's offset-and-limit requests, served from keyset pages, return the same rows
 * however the grid slices and orders its requests. Same context as the browser tests.
 */
class AuditPagesIT extends ConsoleContextTest {

	@Autowired
	AuditService audit;

	@Autowired
	AuditLog auditLog;

	@Test
	void slices_in_any_order_match_one_walk_through_the_log() {
		SystemActor.runAs("auditor-pages", Role.AUDITOR, this::slicesMatchOneWalk);
	}

	private void slicesMatchOneWalk() {
		for (int entry = 0; entry < 7; entry++) {
			auditLog.record(AuditEntry.bySystem("AUDIT_PAGES_TEST", "test", String.valueOf(entry), "{}"));
		}
		AuditFilter all = new AuditFilter(null, null, null, null, null, null, null);
		List<Long> walked = new ArrayList<>();
		new AuditPages(audit, all).forEach((event) -> walked.add(event.id()));

		AuditPages pages = new AuditPages(audit, all);
		List<Long> sliced = new ArrayList<>();
		sliced.addAll(ids(pages.fetch(0, 3)));
		sliced.addAll(ids(pages.fetch(3, 3)));
		sliced.addAll(ids(pages.fetch(6, walked.size())));

		assertThat(pages.count()).isEqualTo(walked.size()).isGreaterThan(7);
		assertThat(sliced).isEqualTo(walked);
		assertThat(walked).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(ids(new AuditPages(audit, all).fetch(4, 2))).isEqualTo(walked.subList(4, 6));
		assertThat(ids(pages.fetch(1, 2))).isEqualTo(walked.subList(1, 3));
	}

	private static List<Long> ids(List<AuditEvent> events) {
		return events.stream().map(AuditEvent::id).toList();
	}

}
