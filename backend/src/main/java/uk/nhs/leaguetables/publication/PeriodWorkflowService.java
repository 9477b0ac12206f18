package uk.nhs.leaguetables.publication;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.PeriodAction;
import uk.nhs.leaguetables.publication.domain.PeriodLifecycle;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;
import uk.nhs.leaguetables.security.CurrentUser;

/**
 * Moves a period's league table through its life cycle ({@link PeriodLifecycle}),
 * enforcing the order of the steps, refusing a step when someone else moved the table
 * since it was read (optimistic locking), and auditing each step.
 */
@Service
public class PeriodWorkflowService {

	private final PeriodRepository periods;

	private final AuditLog auditLog;

	PeriodWorkflowService(PeriodRepository periods, AuditLog auditLog) {
		this.periods = periods;
		this.auditLog = auditLog;
	}

	/** Locks the period's data for a league: no more submissions are accepted for it. */
	@PreAuthorize("hasRole('PREPARER')")
	@Transactional
	public PeriodStatus lockData(String periodCode, League league) {
		return recordStep(periodCode, league, PeriodAction.LOCK_DATA, null);
	}

	/**
	 * Reopens a locked, calculated, approved or (for a correction) published table;
	 * drafts are discarded.
	 */
	@PreAuthorize("hasRole('PREPARER')")
	@Transactional
	public PeriodStatus reopen(String periodCode, League league, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new PublicationException("Reopening needs a reason");
		}
		return recordStep(periodCode, league, PeriodAction.REOPEN, reason.strip());
	}

	/**
	 * Records a step taken by another service (calculating, approving, publishing) inside
	 * that service's transaction.
	 * @throws uk.nhs.leaguetables.publication.domain.IllegalTransitionException when the
	 * step may not follow
	 * @throws PublicationException when the table changed status concurrently
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PeriodStatus recordStep(String periodCode, League league, PeriodAction action, @Nullable String reason) {
		String actor = CurrentUser.username();
		var current = periods.find(periodCode, league)
			.orElseThrow(() -> new PublicationException(
					"There is no " + league + " table for the period '" + periodCode + "'"));
		PeriodStatus next = PeriodLifecycle.next(current.status(), action);
		if (!periods.update(periodCode, league, current, next, actor)) {
			throw new PublicationException("Someone else changed the " + periodCode + " " + league
					+ " table at the same time; reload and try again");
		}
		switch (action) {
			// a recalculation supersedes the draft before it; reopening or a segment
			// decision discards it
			case CALCULATE -> periods.discardDrafts(periodCode, league, actor, "Superseded by a recalculation");
			case REOPEN -> periods.discardDrafts(periodCode, league, actor, "Reopened: " + reason);
			case RECORD_SEGMENT_DECISION -> periods.discardDrafts(periodCode, league, actor, String.valueOf(reason));
			case LOCK_DATA, APPROVE, PUBLISH -> {
			}
		}
		auditLog.record(new AuditEntry(actor, "PERIOD_" + action.name(), "period_league", periodCode + "/" + league,
				"{\"status\": \"%s\"}".formatted(next), reason)
			.concerning(periodCode, league)
			.before("{\"status\": \"%s\"}".formatted(current.status())));
		return next;
	}

}
