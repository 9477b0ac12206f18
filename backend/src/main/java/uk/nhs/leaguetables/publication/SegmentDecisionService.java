package uk.nhs.leaguetables.publication;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.PeriodAction;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionRules;
import uk.nhs.leaguetables.security.CurrentUser;

/**
 * Records and withdraws the segment decisions the next calculation applies: Recovery
 * Support Programme and manual overrides (methodology section 6). Approvers take them; a
 * new decision of the same kind supersedes the active one; every change is audited with
 * the state before and after.
 */
@Service
public class SegmentDecisionService {

	private final SegmentDecisionRepository decisions;

	private final PeriodRepository periods;

	private final AuditLog auditLog;

	private final PeriodWorkflowService workflow;

	SegmentDecisionService(SegmentDecisionRepository decisions, PeriodRepository periods, AuditLog auditLog,
			PeriodWorkflowService workflow) {
		this.decisions = decisions;
		this.periods = periods;
		this.auditLog = auditLog;
		this.workflow = workflow;
	}

	/**
	 * @throws IllegalArgumentException when the organisation, segment or justification is
	 * not acceptable
	 * @throws uk.nhs.leaguetables.publication.domain.IllegalTransitionException when the
	 * table is calculated already
	 */
	@PreAuthorize("hasRole('APPROVER')")
	@Transactional
	public SegmentDecision record(String periodCode, String organisationCode, SegmentDecisionKind kind,
			@Nullable Integer segment, @Nullable String justification) {
		String actor = CurrentUser.username();
		int decidedSegment = SegmentDecisionRules.segmentOf(kind, segment, justification);
		League league = decisions.leagueOf(organisationCode)
			.orElseThrow(() -> new IllegalArgumentException(
					"There is no organisation '" + organisationCode + "' in a league of the framework"));
		requireUndecidedTable(periodCode, league);
		String stated = justification.strip();
		SegmentDecision superseded = decisions.activeForUpdate(periodCode, organisationCode, kind).orElse(null);
		if (superseded != null) {
			decisions.withdraw(superseded.id(), actor);
		}
		SegmentDecision recorded = decisions
			.find(decisions.insert(periodCode, organisationCode, kind, decidedSegment, stated, actor))
			.orElseThrow();
		AuditEntry entry = new AuditEntry(actor, "SEGMENT_DECISION_RECORDED", "segment_decision",
				String.valueOf(recorded.id()), state(recorded), stated)
			.concerning(periodCode, league)
			.concerningOrganisation(organisationCode);
		auditLog.record((superseded != null) ? entry.before(state(superseded)) : entry);
		supersedeDraft(periodCode, league, "Segment decision #" + recorded.id() + " recorded");
		return recorded;
	}

	/**
	 * Withdraws an active decision, with a reason; the next calculation no longer applies
	 * it.
	 */
	@PreAuthorize("hasRole('APPROVER')")
	@Transactional
	public SegmentDecision withdraw(long decisionId, @Nullable String reason) {
		String actor = CurrentUser.username();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Withdrawing a segment decision needs a reason");
		}
		SegmentDecision decision = decisions.findForUpdate(decisionId)
			.orElseThrow(() -> new IllegalArgumentException("There is no segment decision #" + decisionId));
		if (!decision.active()) {
			throw new IllegalArgumentException("Segment decision #" + decisionId + " was withdrawn already by "
					+ decision.withdrawnBy() + " at " + decision.withdrawnAt());
		}
		requireUndecidedTable(decision.periodCode(), decision.league());
		decisions.withdraw(decisionId, actor);
		SegmentDecision withdrawn = decisions.find(decisionId).orElseThrow();
		auditLog
			.record(new AuditEntry(actor, "SEGMENT_DECISION_WITHDRAWN", "segment_decision", String.valueOf(decisionId),
					state(withdrawn), reason.strip())
				.concerning(decision.periodCode(), decision.league())
				.concerningOrganisation(decision.organisationCode())
				.before(state(decision)));
		supersedeDraft(decision.periodCode(), decision.league(), "Segment decision #" + decisionId + " withdrawn");
		return withdrawn;
	}

	/** A quarter's decisions for a league. */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<SegmentDecision> list(String periodCode, League league, boolean includeWithdrawn) {
		return decisions.list(periodCode, league, includeWithdrawn);
	}

	private void requireUndecidedTable(String periodCode, League league) {
		var state = periods.findForShare(periodCode, league)
			.orElseThrow(() -> new IllegalArgumentException(
					"There is no " + league + " table for the period '" + periodCode + "'"));
		SegmentDecisionRules.requireUndecidedTable(state.status());
	}

	/** A draft computed before the decision no longer shows what would be published. */
	private void supersedeDraft(String periodCode, League league, String why) {
		var state = periods.find(periodCode, league).orElseThrow();
		if (state.status() == PeriodStatus.CALCULATED) {
			workflow.recordStep(periodCode, league, PeriodAction.RECORD_SEGMENT_DECISION, why);
		}
	}

	private static String state(SegmentDecision decision) {
		return "{\"kind\": \"%s\", \"segment\": %d, \"active\": %s}".formatted(decision.kind(), decision.segment(),
				decision.active());
	}

}
