package uk.nhs.leaguetables.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;

/** Records every failed sign-in (password or API token) in the audit log. */
@Component
class AuthenticationAuditListener {

	private final AuditLog auditLog;

	AuthenticationAuditListener(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String attemptedAs = String.valueOf(event.getAuthentication().getName());
		auditLog.record(new AuditEntry(attemptedAs, "LOGIN_FAILED", "app_user", attemptedAs, null,
				event.getException().getMessage()));
	}

}
