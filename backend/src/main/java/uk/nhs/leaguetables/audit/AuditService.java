package uk.nhs.leaguetables.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.platform.paging.Page;
import uk.nhs.leaguetables.platform.paging.PageRequest;

/** What auditors may ask of the audit log. */
@Service
public class AuditService {

	private final AuditLog auditLog;

	AuditService(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/** The audit log, newest first, filtered and paginated. */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public Page<AuditEvent> trail(AuditFilter filter, PageRequest request) {
		return auditLog.find(filter, request);
	}

	/**
	 * Recomputes the hash chain, verifies the seals and compares the stored checkpoints,
	 * and reports the first failure, if any.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public AuditChainVerification verifyChain() {
		return auditLog.verifyChain();
	}

	/**
	 * Records the chain head now as a checkpoint for the caller to keep outside the
	 * service, and writes that it did so into the log.
	 * @param note why, e.g. "Quarterly audit, July 2026"
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Transactional
	public AuditCheckpoint createCheckpoint(@Nullable String note) {
		// @PreAuthorize has let only a signed-in auditor or administrator this far
		String auditor = SecurityContextHolder.getContext().getAuthentication().getName();
		String reason = (note == null || note.isBlank()) ? null : note.strip();
		AuditCheckpoint checkpoint = auditLog.checkpoint(auditor, null, reason);
		auditLog.record(new AuditEntry(auditor, "AUDIT_CHECKPOINT_EXPORTED", "audit_checkpoint",
				String.valueOf(checkpoint.id()), "{\"headEntry\": %d, \"headHash\": \"%s\", \"keyId\": \"%s\"}"
					.formatted(checkpoint.headEventId(), checkpoint.headHash(), checkpoint.keyId()),
				reason));
		return checkpoint;
	}

	/** Every stored checkpoint (publications' and exported ones), newest first. */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<AuditCheckpoint> checkpoints() {
		return auditLog.checkpoints();
	}

	/** The checkpoints recorded when these publications were approved, by publication. */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public Map<Long, AuditCheckpoint> publicationCheckpoints(Collection<Long> publicationIds) {
		return auditLog.publicationCheckpoints(publicationIds);
	}

	/**
	 * Writes the whole log, in chain order with its seals, as CSV for the offline
	 * verifier ({@code --verify-audit-export}).
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public void exportLog(OutputStream out) throws IOException {
		AuditLogCsv.write(auditLog::readChain, out);
	}

}
