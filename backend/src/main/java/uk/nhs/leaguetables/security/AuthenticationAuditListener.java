package uk.nhs.leaguetables.security;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;

/**
 * Records failed sign-ins (password or API token) in the audit log and counts them in the
 * {@link SignInThrottle}. Anonymous clients choose what they type, so the log keeps an
 * attempted name only when it is an existing account's login name; anything else, such as
 * a password typed into the name box, is recorded as {@code unknown (n chars)}. Attempts
 * refused by the throttle are not checked and not written one row each: the moment the
 * throttle engages is written once ({@code LOGIN_THROTTLED}) and the refusals are counted
 * in a metric.
 */
@Component
class AuthenticationAuditListener {

	private final AuditLog auditLog;

	private final UserAccountRepository users;

	private final SignInThrottle throttle;

	AuthenticationAuditListener(AuditLog auditLog, UserAccountRepository users, SignInThrottle throttle) {
		this.auditLog = auditLog;
		this.users = users;
		this.throttle = throttle;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof SignInThrottledException) {
			return;
		}
		var attempt = event.getAuthentication();
		String address = ThrottledPasswordAuthenticationProvider.clientAddress(attempt);
		boolean apiToken = attempt instanceof ApiTokenAttempt;
		String account = apiToken ? null : existingAccount(attempt.getName());
		String actor = apiToken ? "anonymous" : (account != null) ? account : unknown(attempt.getName());
		auditLog.record(new AuditEntry(actor, "LOGIN_FAILED", apiToken ? "api_token" : "app_user", account, null,
				event.getException().getMessage()));
		if (throttle.recordFailure(apiToken ? null : attempt.getName(), address)) {
			auditLog
				.record(new AuditEntry("system", "LOGIN_THROTTLED", apiToken ? "api_token" : "app_user", account, null,
						"Too many failed sign-ins " + ((account != null) ? "of this account or " : "")
								+ "from client address " + address
								+ "; further attempts are refused unchecked for a while"));
		}
	}

	/** The name as given when it is an existing account's login name, otherwise null. */
	private @Nullable String existingAccount(@Nullable String attemptedName) {
		return (attemptedName != null && SignInThrottle.LOGIN_NAME.matcher(attemptedName).matches()
				&& users.exists(attemptedName)) ? attemptedName : null;
	}

	private static String unknown(@Nullable String attemptedName) {
		return "unknown (" + ((attemptedName != null) ? attemptedName.length() : 0) + " chars)";
	}

}
