package uk.nhs.leaguetables.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.platform.digest.Sha256;

/**
 * Issues API tokens to trusts' systems and recognises them. A token is shown once when
 * issued; only its SHA-256 is stored, so a database leak does not leak tokens. A token
 * acts as its account, so an administrator issues tokens for their own account or for
 * accounts without a publication role (a trust's system, an auditor's script): a token
 * for someone else's PREPARER or APPROVER account would let one administrator act as
 * both. Administrators list, expire and revoke every token; everyone else their own.
 */
@Service
public class ApiTokenService {

	private static final String PREFIX = "nlt_";

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final AuditLog auditLog;

	ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, AuditLog auditLog) {
		this.tokens = tokens;
		this.users = users;
		this.auditLog = auditLog;
	}

	/**
	 * Issues a token that acts as the given user; the secret is returned once and stored
	 * nowhere.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public IssuedToken issue(String name, String username, @Nullable OffsetDateTime expiresAt) {
		String actor = CurrentUser.username();
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("name: required, at most 200 characters");
		}
		if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now())) {
			throw new IllegalArgumentException("expiresAt: must be in the future");
		}
		UserAccount user = users.find(username)
			.orElseThrow(() -> new IllegalArgumentException("username: there is no user '" + username + "'"));
		if (!user.username().equals(actor)
				&& user.roles().stream().anyMatch(UserAdministrationService::isPublicationRole)) {
			throw new IllegalArgumentException("username: '" + username
					+ "' holds a publication role; only its holder may have a token for it, never another administrator");
		}
		String secret = Secrets.generate(PREFIX);
		ApiToken token = tokens.create(name.strip(), Sha256.hex(secret), user.username(), user.organisationCode(),
				expiresAt, actor);
		auditLog.record(
				new AuditEntry(actor, "API_TOKEN_ISSUED", "api_token", String.valueOf(token.id()), state(token), null));
		return new IssuedToken(token, secret);
	}

	/**
	 * Every token for an administrator, otherwise the caller's own; never the secrets.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<ApiToken> list() {
		return tokens.list(CurrentUser.hasRole(Role.ADMIN) ? null : CurrentUser.username());
	}

	/** Revokes a token at once; administrators revoke any, others their own. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public ApiToken revoke(long id, @Nullable String reason) {
		String actor = CurrentUser.username();
		ApiToken before = changeable(actor, id);
		ApiToken after = tokens.revoke(id, actor, OffsetDateTime.now());
		auditLog.record(new AuditEntry(actor, "API_TOKEN_REVOKED", "api_token", String.valueOf(id), state(after),
				blankToNull(reason))
			.before(state(before)));
		return after;
	}

	/**
	 * Brings a token's expiry forward (never later, so an expired token cannot be revived
	 * and a short-lived one not prolonged); a time already past expires it now.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public ApiToken expire(long id, OffsetDateTime expiresAt, @Nullable String reason) {
		String actor = CurrentUser.username();
		ApiToken before = changeable(actor, id);
		OffsetDateTime now = OffsetDateTime.now();
		if (before.expiresAt() != null && !expiresAt.isBefore(before.expiresAt())) {
			throw new IllegalArgumentException("expiresAt: must be earlier than the current expiry "
					+ before.expiresAt() + "; issue a new token to extend");
		}
		ApiToken after = tokens.expire(id, expiresAt.isBefore(now) ? now : expiresAt);
		auditLog.record(new AuditEntry(actor, "API_TOKEN_EXPIRY_SET", "api_token", String.valueOf(id), state(after),
				blankToNull(reason))
			.before(state(before)));
		return after;
	}

	private ApiToken changeable(String actor, long id) {
		ApiToken token = tokens.findForUpdate(id)
			.filter((candidate) -> CurrentUser.hasRole(Role.ADMIN) || candidate.username().equals(actor))
			.orElseThrow(() -> new IllegalArgumentException("id: there is no API token #" + id + " of yours"));
		if (!token.active(OffsetDateTime.now())) {
			throw new IllegalArgumentException("id: API token #" + id + " is revoked or expired already");
		}
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

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String state(ApiToken token) {
		return "{\"name\": \"%s\", \"username\": \"%s\", \"expiresAt\": %s, \"revokedAt\": %s}".formatted(
				token.name().replace("\\", "\\\\").replace("\"", "\\\""), token.username(), quoted(token.expiresAt()),
				quoted(token.revokedAt()));
	}

	private static String quoted(@Nullable Object value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	/**
	 * A token just issued, with its secret, which is shown this once.
	 *
	 * @param token the token as it is listed
	 * @param secret what the client sends as {@code Authorization: Bearer …}
	 */
	public record IssuedToken(ApiToken token, String secret) {
	}

}
