package uk.nhs.leaguetables.audit;

import org.springframework.security.access.prepost.PreAuthorize;
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

	/** Recomputes the hash chain and reports the first broken link, if any. */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public AuditChainVerification verifyChain() {
		return auditLog.verifyChain();
	}

}
