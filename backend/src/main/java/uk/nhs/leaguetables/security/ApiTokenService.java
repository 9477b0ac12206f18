package uk.nhs.leaguetables.security;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.platform.digest.Sha256;

/**
 * Issues API tokens to trusts' systems and recognises them. A token is shown once when
 * issued; only its SHA-256 is stored, so a database leak does not leak tokens.
 */
@Service
public class ApiTokenService {

	private static final String PREFIX = "nlt_";

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final AuditLog auditLog;

	ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, AuditLog auditLog) {
		this.tokens = tokens;
		this.users = users;
		this.auditLog = auditLog;
	}

	/**
	 * Issues a token that acts as the given user; returns the token, which is not stored
	 * anywhere.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public String issue(String name, String username, @Nullable OffsetDateTime expiresAt, String issuedBy) {
		UserAccount user = users.find(username)
			.orElseThrow(() -> new IllegalArgumentException("There is no user '" + username + "'"));
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.create(name, Sha256.hex(token), user.username(), user.organisationCode(), expiresAt);
		auditLog.record(new AuditEntry(issuedBy, "API_TOKEN_ISSUED", "app_user", username,
				"{\"name\": \"" + name.replace("\"", "'") + "\"}", null));
		return token;
	}

	/** The user a presented token acts as, when it is one of ours and still valid. */
	Optional<UserAccount> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return tokens.usernameOfValidToken(Sha256.hex(token), OffsetDateTime.now())
			.flatMap(users::find)
			.filter(UserAccount::enabled);
	}

}
