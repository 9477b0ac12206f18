package uk.nhs.leaguetables.publication;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.db.enums.CalculationStatus;
import uk.nhs.leaguetables.db.tables.records.OrganisationResultRecord;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.paging.PageRequest;
import uk.nhs.leaguetables.publication.domain.IllegalTransitionException;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.DemoQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;

/**
 * Segment decisions recorded by an approver reach the next calculation, discard a draft
 * waiting for approval, are refused once a table is published, supersede each other and
 * are audited; on real PostgreSQL (rolled back).
 */
@SpringBootTest
@Transactional
class SegmentDecisionIT {

	private static final String PERIOD = "2025/26 Q4";

	private static final String LONDON_AMBULANCE = "RRU";

	private static final String JUSTIFICATION = "Agreed by the regional support group on 3 March";

	@Autowired
	SubmissionService submissions;

	@Autowired
	CalculationService calculations;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	SegmentDecisionService decisions;

	@Autowired
	PublicationService publications;

	@Autowired
	AuditService audit;

	@Autowired
	DSLContext dsl;

	@BeforeEach
	void theAmbulanceDataIsIn() {
		SystemActor.runAs("priya", Role.PREPARER, () -> DemoQuarter.acceptAs(submissions, "2025/26 Q1", PERIOD));
	}

	@Test
	void recovery_support_keeps_the_public_segment_and_records_segment_five_as_the_outcome_with_the_justification() {
		recordAsApprover(SegmentDecisionKind.RECOVERY_SUPPORT, null, JUSTIFICATION);

		OrganisationResultRecord row = calculatedRow(LONDON_AMBULANCE);

		// NOF 2025/26 as NHS England publishes it: the segment and rank stay, flagged,
		// and
		// the intensive-support outcome is segment 5 (methodology section 5.2).
		assertThat(row.getFinalSegment()).isBetween((short) 1, (short) 4);
		assertThat(row.getLeagueRank()).isNotNull();
		assertThat(row.getSupportSegment()).isEqualTo((short) 5);
		assertThat(row.getRecoverySupport()).isTrue();
		assertThat(row.getExplanation().data()).contains("Recovery Support");
	}

	@Test
	void a_manual_override_replaces_the_computed_segment_and_says_why() {
		recordAsApprover(SegmentDecisionKind.MANUAL_OVERRIDE, 1, JUSTIFICATION);

		OrganisationResultRecord row = calculatedRow(LONDON_AMBULANCE);

		assertThat(row.getFinalSegment()).isEqualTo((short) 1);
		assertThat(row.getExplanation().data()).contains(JUSTIFICATION);
	}

	@Test
	void a_new_decision_supersedes_the_active_one_and_the_audit_log_shows_both_states() {
		SegmentDecision first = recordAsApprover(SegmentDecisionKind.MANUAL_OVERRIDE, 1, JUSTIFICATION);
		SegmentDecision second = recordAsApprover(SegmentDecisionKind.MANUAL_OVERRIDE, 3,
				"Revised after the financial plan was resubmitted");

		List<SegmentDecision> all = SystemActor.callAs("ava", Role.AUDITOR,
				() -> decisions.list(PERIOD, League.AMBULANCE, true));
		assertThat(all).extracting(SegmentDecision::id, SegmentDecision::active)
			.contains(org.assertj.core.groups.Tuple.tuple(first.id(), false),
					org.assertj.core.groups.Tuple.tuple(second.id(), true));
		assertThat(calculatedRow(LONDON_AMBULANCE).getFinalSegment()).isEqualTo((short) 3);
		AuditEvent recorded = SystemActor
			.callAs("ava", Role.AUDITOR,
					() -> audit.trail(new AuditFilter(null, "SEGMENT_DECISION_RECORDED", null, PERIOD, LONDON_AMBULANCE,
							null, null), new PageRequest(10, null)))
			.items()
			.getFirst();
		assertThat(recorded.entityId()).isEqualTo(String.valueOf(second.id()));
		assertThat(recorded.league()).isEqualTo("AMBULANCE");
		assertThat(recorded.beforeState()).contains("\"segment\": 1");
		assertThat(recorded.afterState()).contains("\"segment\": 3");
		assertThat(recorded.reason()).isEqualTo("Revised after the financial plan was resubmitted");
	}

	@Test
	void a_withdrawn_decision_no_longer_applies() {
		SegmentDecision decision = recordAsApprover(SegmentDecisionKind.RECOVERY_SUPPORT, null, JUSTIFICATION);
		SystemActor.runAs("adam", Role.APPROVER, () -> decisions.withdraw(decision.id(), "Left the programme"));

		assertThat(calculatedRow(LONDON_AMBULANCE).getRecoverySupport()).isFalse();
		assertThatThrownBy(() -> SystemActor.callAs("adam", Role.APPROVER,
				() -> decisions.withdraw(decision.id(), "Left the programme")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("withdrawn already by adam");
	}

	@Test
	void a_decision_on_a_calculated_table_discards_its_draft_and_asks_for_a_recalculation() {
		long draft = SystemActor.callAs("priya", Role.PREPARER, () -> {
			workflow.lockData(PERIOD, League.AMBULANCE);
			return calculations.calculate(PERIOD, League.AMBULANCE).id();
		});

		recordAsApprover(SegmentDecisionKind.RECOVERY_SUPPORT, null, JUSTIFICATION);

		assertThat(dsl.fetchSingle(CALCULATION, CALCULATION.ID.eq(draft)).getStatus())
			.isEqualTo(CalculationStatus.DISCARDED);
		assertThat(dsl
			.fetchSingle(PERIOD_LEAGUE, PERIOD_LEAGUE.PERIOD_CODE.eq(PERIOD),
					PERIOD_LEAGUE.LEAGUE.eq(uk.nhs.leaguetables.db.enums.League.AMBULANCE))
			.getStatus()
			.getLiteral()).isEqualTo("DATA_LOCKED");
	}

	@Test
	void a_decision_is_refused_once_the_table_is_published() {
		long draft = SystemActor.callAs("priya", Role.PREPARER, () -> {
			workflow.lockData(PERIOD, League.AMBULANCE);
			return calculations.calculate(PERIOD, League.AMBULANCE).id();
		});
		SystemActor.runAs("adam", Role.APPROVER, () -> publications.approveAndPublish(draft, null));

		assertThatThrownBy(() -> recordAsApprover(SegmentDecisionKind.RECOVERY_SUPPORT, null, JUSTIFICATION))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("Cannot record or withdraw a segment decision for a table that is published: "
					+ "decisions are taken before a table is approved; reopen it for a correction first");
	}

	@Test
	void unknown_organisations_and_missing_justifications_are_refused() {
		assertThatThrownBy(() -> SystemActor.callAs("adam", Role.APPROVER,
				() -> decisions.record(PERIOD, "ZZZ", SegmentDecisionKind.RECOVERY_SUPPORT, null, JUSTIFICATION)))
			.hasMessageContaining("no organisation 'ZZZ'");
		assertThatThrownBy(() -> recordAsApprover(SegmentDecisionKind.MANUAL_OVERRIDE, 2, " "))
			.hasMessageContaining("justification");
	}

	@Test
	void only_approvers_take_segment_decisions() {
		assertThatThrownBy(() -> SystemActor.callAs("priya", Role.PREPARER, () -> decisions.record(PERIOD,
				LONDON_AMBULANCE, SegmentDecisionKind.RECOVERY_SUPPORT, null, JUSTIFICATION)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private SegmentDecision recordAsApprover(SegmentDecisionKind kind, Integer segment, String justification) {
		return SystemActor.callAs("adam", Role.APPROVER,
				() -> decisions.record(PERIOD, LONDON_AMBULANCE, kind, segment, justification));
	}

	private OrganisationResultRecord calculatedRow(String organisation) {
		long calculation = SystemActor.callAs("priya", Role.PREPARER, () -> {
			workflow.lockData(PERIOD, League.AMBULANCE);
			long id = calculations.calculate(PERIOD, League.AMBULANCE).id();
			workflow.reopen(PERIOD, League.AMBULANCE, "Checking a segment decision");
			return id;
		});
		return dsl.fetchSingle(ORGANISATION_RESULT, ORGANISATION_RESULT.CALCULATION_ID.eq(calculation),
				ORGANISATION_RESULT.ORGANISATION_CODE.eq(organisation));
	}

}
