package uk.nhs.leaguetables.security;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused without checking the password, because the account or the client
 * address has failed too often recently ({@link SignInThrottle}).
 */
public class SignInThrottledException extends AccountStatusException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + retrySeconds(retryAfter) + " seconds");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds until the next attempt may be made, at least 1. */
	public long retryAfterSeconds() {
		return retrySeconds(retryAfter);
	}

	private static long retrySeconds(Duration retryAfter) {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
