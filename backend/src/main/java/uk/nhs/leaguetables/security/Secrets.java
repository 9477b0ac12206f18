package uk.nhs.leaguetables.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets (API tokens, activation links): 256 random bits, URL-safe, with a prefix
 * that says what they are. Only their SHA-256 is ever stored.
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	static String generate(String prefix) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
