package uk.nhs.leaguetables.security.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.platform.graphql.UserError;
import uk.nhs.leaguetables.security.ApiToken;
import uk.nhs.leaguetables.security.ApiTokenService;

/**
 * API tokens: issued by administrators, listed without their secrets, expired and
 * revoked.
 */
@Controller
class ApiTokenController {

	private static final String INVALID = "INVALID_API_TOKEN_CHANGE";

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@QueryMapping
	List<ApiToken> apiTokens() {
		return tokens.list();
	}

	@MutationMapping
	IssueApiTokenPayload issueApiToken(@Argument IssueApiTokenInput input) {
		return Attempt.of(INVALID,
				() -> tokens.issue(input.name(), input.username(), Attempt.time("expiresAt", input.expiresAt())),
				(issued, errors) -> (issued != null) ? new IssueApiTokenPayload(issued.token(), issued.secret(), errors)
						: new IssueApiTokenPayload(null, null, errors));
	}

	@MutationMapping
	ApiTokenPayload revokeApiToken(@Argument ApiTokenChangeInput input) {
		return Attempt.of(INVALID, () -> tokens.revoke(Attempt.id("id", input.id()), input.reason()),
				ApiTokenPayload::new);
	}

	@MutationMapping
	ApiTokenPayload expireApiToken(@Argument ExpireApiTokenInput input) {
		return Attempt.of(INVALID, () -> {
			var expiresAt = Attempt.time("expiresAt", input.expiresAt());
			if (expiresAt == null) {
				throw new IllegalArgumentException("expiresAt: required");
			}
			return tokens.expire(Attempt.id("id", input.id()), expiresAt, input.reason());
		}, ApiTokenPayload::new);
	}

	/** A token to issue. */
	record IssueApiTokenInput(String name, String username, @Nullable String expiresAt) {
	}

	/** A token to revoke, and why. */
	record ApiTokenChangeInput(String id, @Nullable String reason) {
	}

	/** A token's new, earlier expiry, and why. */
	record ExpireApiTokenInput(String id, String expiresAt, @Nullable String reason) {
	}

	/** A token just issued, with its secret shown this once. */
	record IssueApiTokenPayload(@Nullable ApiToken token, @Nullable String secret, List<UserError> userErrors) {
	}

	/** The token after the change, or why it could not be made. */
	record ApiTokenPayload(@Nullable ApiToken token, List<UserError> userErrors) {
	}

}
