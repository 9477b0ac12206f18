package uk.nhs.leaguetables.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What auditors may ask of the audit log. */
@Service
public class AuditService {

	private final AuditLog auditLog;

	AuditService(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/** Recomputes the hash chain and reports the first broken link, if any. */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public AuditChainVerification verifyChain() {
		return auditLog.verifyChain();
	}

}
