package uk.nhs.leaguetables.publication;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.calculation.StoredCalculation;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.IllegalTransitionException;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;
import uk.nhs.leaguetables.submission.SubmissionException;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;

import uk.nhs.leaguetables.testsupport.SecondPreparer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;

/** The period life cycle enforced by the services on real PostgreSQL (rolled back). */
@SpringBootTest
@Transactional
@WithMockUser(username = "preparer", roles = { "PREPARER", "SUBMITTER" })
class PeriodWorkflowIT {

	private static final String PERIOD = "2026/27 Q2";

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	CalculationService calculations;

	@Autowired
	SubmissionService submissions;

	@Autowired
	DSLContext dsl;

	@Test
	void a_table_is_calculated_only_from_locked_data() {
		assertThatThrownBy(() -> calculations.calculate(PERIOD, League.AMBULANCE))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("lock the data first");

		assertThat(workflow.lockData(PERIOD, League.AMBULANCE)).isEqualTo(PeriodStatus.DATA_LOCKED);
		calculations.calculate(PERIOD, League.AMBULANCE);
		assertThatThrownBy(() -> workflow.lockData(PERIOD, League.AMBULANCE))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void locked_data_takes_no_more_submissions() {
		var report = submissions.submit(
				new SubmissionRequest(PERIOD, SubmissionSource.UPLOAD, SubmissionFormat.CSV, "late.csv", null),
				new ByteArrayInputStream("period,organisation_code,metric_id,value\n2026/27 Q2,RX6,OF0082,4.1\n"
					.getBytes(StandardCharsets.UTF_8)));
		workflow.lockData(PERIOD, League.AMBULANCE);

		assertThatThrownBy(() -> SecondPreparer.accept(submissions, report.submissionId(), true))
			.isInstanceOf(SubmissionException.class)
			.hasMessageContaining("locked");
	}

	@Test
	void reopening_needs_a_reason_and_discards_the_draft() {
		workflow.lockData(PERIOD, League.AMBULANCE);
		StoredCalculation draft = calculations.calculate(PERIOD, League.AMBULANCE);

		assertThatThrownBy(() -> workflow.reopen(PERIOD, League.AMBULANCE, " ")).hasMessageContaining("needs a reason");
		assertThat(workflow.reopen(PERIOD, League.AMBULANCE, "Two trusts resubmit sickness absence"))
			.isEqualTo(PeriodStatus.OPEN);

		var discarded = dsl.fetchSingle(CALCULATION, CALCULATION.ID.eq(draft.id()));
		assertThat(discarded.getStatus().getLiteral()).isEqualTo("DISCARDED");
		assertThat(discarded.getDiscardReason()).isEqualTo("Reopened: Two trusts resubmit sickness absence");
		assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PERIOD_REOPEN"),
				AUDIT_EVENT.REASON.eq("Two trusts resubmit sickness absence")))
			.isTrue();
	}

	@Test
	void a_recalculation_supersedes_the_previous_draft() {
		workflow.lockData(PERIOD, League.AMBULANCE);
		StoredCalculation first = calculations.calculate(PERIOD, League.AMBULANCE);
		calculations.calculate(PERIOD, League.AMBULANCE);

		assertThat(dsl.fetchSingle(CALCULATION, CALCULATION.ID.eq(first.id())).getDiscardReason())
			.isEqualTo("Superseded by a recalculation");
	}

	@Test
	@WithMockUser(username = "approver", roles = "APPROVER")
	void only_preparers_lock_and_reopen() {
		assertThatThrownBy(() -> workflow.lockData(PERIOD, League.AMBULANCE)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.reopen(PERIOD, League.AMBULANCE, "because"))
			.isInstanceOf(AccessDeniedException.class);
	}

}
