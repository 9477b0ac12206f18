package uk.nhs.leaguetables.security.graphql;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.platform.graphql.UserError;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccount;
import uk.nhs.leaguetables.security.UserAdministrationService;

/** Accounts and roles, for administrators; every change is audited by the service. */
@Controller
class UserController {

	private final UserAdministrationService administration;

	UserController(UserAdministrationService administration) {
		this.administration = administration;
	}

	@QueryMapping
	List<UserAccount> users() {
		return administration.users();
	}

	@MutationMapping
	UserPayload createUser(@Argument CreateUserInput input) {
		return attempt(() -> administration.create(input.username(), input.displayName(), input.password(),
				input.organisation(), (input.roles() != null) ? Set.copyOf(input.roles()) : Set.of()));
	}

	@MutationMapping
	UserPayload grantRole(@Argument RoleInput input) {
		return attempt(() -> administration.grant(input.username(), input.role(), input.reason()));
	}

	@MutationMapping
	UserPayload revokeRole(@Argument RoleInput input) {
		return attempt(() -> administration.revoke(input.username(), input.role(), input.reason()));
	}

	@MutationMapping
	UserPayload setUserEnabled(@Argument EnabledInput input) {
		return attempt(() -> administration.setEnabled(input.username(), input.enabled(), input.reason()));
	}

	private static UserPayload attempt(Supplier<UserAccount> change) {
		try {
			return new UserPayload(change.get(), List.of());
		}
		catch (IllegalArgumentException ex) {
			return new UserPayload(null, List.of(new UserError(ex.getMessage(), "INVALID_USER_CHANGE")));
		}
	}

	/** A new account. */
	record CreateUserInput(String username, String displayName, @Nullable String password,
			@Nullable String organisation, @Nullable List<Role> roles) {
	}

	/** A role to grant or revoke, and why. */
	record RoleInput(String username, Role role, @Nullable String reason) {
	}

	/** Whether an account may sign in, and why it changes. */
	record EnabledInput(String username, boolean enabled, @Nullable String reason) {
	}

	/** The account after the change, or why it could not be made. */
	record UserPayload(@Nullable UserAccount user, List<UserError> userErrors) {
	}

}
