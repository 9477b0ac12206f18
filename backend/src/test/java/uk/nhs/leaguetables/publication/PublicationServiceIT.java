package uk.nhs.leaguetables.publication;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditCheckpoint;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.calculation.StoredCalculation;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.DemoQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;

/**
 * Four-eyes publication, revisions and the immutability of published numbers, on real
 * PostgreSQL (rolled back).
 */
@SpringBootTest
@Transactional
class PublicationServiceIT {

	private static final String PERIOD = "2025/26 Q4";

	@Autowired
	SubmissionService submissions;

	@Autowired
	CalculationService calculations;

	@Autowired
	PublicationService publications;

	@Autowired
	DSLContext dsl;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	AuditLog auditLog;

	private StoredCalculation draft;

	@BeforeEach
	void preparerCalculatesTheAmbulanceTable() {
		AtomicReference<StoredCalculation> calculated = new AtomicReference<>();
		SystemActor.runAs("priya", Role.PREPARER, () -> {
			DemoQuarter.acceptAs(submissions, "2025/26 Q1", PERIOD);
			workflow.lockData(PERIOD, League.AMBULANCE);
			calculated.set(calculations.calculate(PERIOD, League.AMBULANCE));
		});
		draft = calculated.get();
	}

	@Test
	void a_second_person_approves_and_the_table_is_published_as_revision_one() {
		Publication publication = approveAs("adam", null);

		assertThat(publication.revision()).isEqualTo(1);
		assertThat(publication.preparedBy()).isEqualTo("priya");
		assertThat(publication.approvedBy()).isEqualTo("adam");
		assertThat(publication.outputDigest()).isEqualTo(draft.outputDigest());
		assertThat(dsl.fetchSingle(CALCULATION, CALCULATION.ID.eq(draft.id())).getStatus().getLiteral())
			.isEqualTo("PUBLISHED");
	}

	@Test
	void the_approval_anchors_the_audit_chain_at_its_own_entry() {
		Publication publication = approveAs("adam", null);

		AuditCheckpoint anchor = auditLog.publicationCheckpoints(List.of(publication.id())).get(publication.id());
		var published = dsl.fetchSingle(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("TABLE_PUBLISHED"),
				AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(publication.id())));
		assertThat(anchor.headEventId()).isEqualTo(published.getId());
		assertThat(anchor.headHash()).isEqualTo(published.getHash());
		assertThat(anchor.createdBy()).isEqualTo("adam");
		assertThat(auditLog.verifyChain().intact()).isTrue();
	}

	@Test
	void the_preparer_cannot_approve_their_own_table() {
		assertThatThrownBy(() -> approveAs("priya", null)).isInstanceOf(PublicationException.class)
			.hasMessageContaining("four eyes");
	}

	@Test
	void a_correction_is_a_new_revision_with_a_reason() {
		approveAs("adam", null);
		AtomicReference<StoredCalculation> corrected = new AtomicReference<>();
		SystemActor.runAs("priya", Role.PREPARER, () -> {
			workflow.reopen(PERIOD, League.AMBULANCE, "Handover times resubmitted by two trusts");
			workflow.lockData(PERIOD, League.AMBULANCE);
			corrected.set(calculations.calculate(PERIOD, League.AMBULANCE));
		});
		draft = corrected.get();

		assertThatThrownBy(() -> approveAs("adam", " ")).isInstanceOf(PublicationException.class)
			.hasMessageContaining("needs a reason");
		Publication revision = approveAs("adam", "Handover times resubmitted by two trusts");
		assertThat(revision.revision()).isEqualTo(2);
		assertThat(revision.correctionReason()).isEqualTo("Handover times resubmitted by two trusts");
	}

	@Test
	void published_numbers_cannot_be_changed_in_the_database() {
		approveAs("adam", null);

		assertThatThrownBy(() -> dsl.update(ORGANISATION_RESULT)
			.set(ORGANISATION_RESULT.FINAL_SEGMENT, (short) 1)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(draft.id()))
			.execute()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table organisation_result");
	}

	@Test
	void a_publication_cannot_be_deleted() {
		Publication publication = approveAs("adam", null);

		assertThatThrownBy(() -> dsl.deleteFrom(PUBLICATION).where(PUBLICATION.ID.eq(publication.id())).execute())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table publication");
	}

	private Publication approveAs(String approver, String reason) {
		AtomicReference<Publication> published = new AtomicReference<>();
		SystemActor.runAs(approver, Role.APPROVER,
				() -> published.set(publications.approveAndPublish(draft.id(), reason)));
		return published.get();
	}

}
