package uk.nhs.leaguetables.publication;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.PeriodAction;
import uk.nhs.leaguetables.security.CurrentUser;
import uk.nhs.leaguetables.security.SeparationOfDuties;

/**
 * Approves and publishes computed league tables. Four eyes: whoever computed (prepared) a
 * table cannot approve it, nor can anyone who had a hand in the preparer's account or in
 * whose account the preparer had a hand ({@link SeparationOfDuties}). The first
 * publication of a period and league is revision 1; any later one is a correction and
 * needs a reason.
 */
@Service
public class PublicationService {

	private final PublicationRepository publications;

	private final AuditLog auditLog;

	private final PeriodWorkflowService workflow;

	private final SeparationOfDuties separationOfDuties;

	PublicationService(PublicationRepository publications, AuditLog auditLog, PeriodWorkflowService workflow,
			SeparationOfDuties separationOfDuties) {
		this.publications = publications;
		this.auditLog = auditLog;
		this.workflow = workflow;
		this.separationOfDuties = separationOfDuties;
	}

	/**
	 * A published revision with its approvals and digests; the latest when
	 * {@code revision} is null.
	 */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public Optional<Publication> find(String periodCode, League league, @Nullable Integer revision) {
		return publications.find(periodCode, league, revision);
	}

	/** Every published revision of a table, oldest first. */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<Publication> revisions(String periodCode, League league) {
		return publications.revisions(periodCode, league);
	}

	@PreAuthorize("hasRole('APPROVER')")
	@Transactional
	public Publication approveAndPublish(long calculationId, @Nullable String correctionReason) {
		String approver = CurrentUser.username();
		CalculatedTable calculation = publications.calculationForUpdate(calculationId)
			.orElseThrow(() -> new PublicationException("There is no calculated table #" + calculationId));
		if (!calculation.draft()) {
			throw new PublicationException(
					"Table #" + calculationId + " is " + calculation.status() + ", not a draft waiting for approval");
		}
		if (calculation.preparedBy().equals(approver)) {
			throw new PublicationException(
					"You prepared table #" + calculationId + "; another approver must approve it (four eyes)");
		}
		separationOfDuties.conflict(calculation.preparedBy(), approver).ifPresent((conflict) -> {
			throw new PublicationException("Table #" + calculationId
					+ " needs an approver independent of its preparer: " + conflict + " (four eyes)");
		});
		int revision = publications.nextRevision(calculation.periodCode(), calculation.league());
		String reason = (correctionReason == null || correctionReason.isBlank()) ? null : correctionReason.strip();
		if (revision > 1 && reason == null) {
			throw new PublicationException(calculation.periodCode() + " " + calculation.league()
					+ " is already published; a correction (revision " + revision + ") needs a reason");
		}
		workflow.recordStep(calculation.periodCode(), calculation.league(), PeriodAction.APPROVE, reason);
		workflow.recordStep(calculation.periodCode(), calculation.league(), PeriodAction.PUBLISH, reason);
		Publication publication = publications.publish(calculation, revision, approver, reason);
		auditLog.record(new AuditEntry(approver, "TABLE_PUBLISHED", "publication", String.valueOf(publication.id()),
				"{\"period\": \"%s\", \"league\": \"%s\", \"revision\": %d, \"calculation\": %d, \"preparedBy\": \"%s\", \"outputDigest\": \"%s\"}"
					.formatted(publication.periodCode(), publication.league(), revision, calculationId,
							publication.preparedBy(), publication.outputDigest()),
				reason)
			.concerning(publication.periodCode(), publication.league()));
		// anchors the audit chain at this approval: its head is now the TABLE_PUBLISHED
		// entry above
		auditLog.checkpoint(approver, publication.id(), null);
		return publication;
	}

}
