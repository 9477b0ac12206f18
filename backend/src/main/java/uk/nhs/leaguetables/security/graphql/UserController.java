package uk.nhs.leaguetables.security.graphql;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.platform.graphql.UserError;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.RoleProposal;
import uk.nhs.leaguetables.security.UserAccount;
import uk.nhs.leaguetables.security.UserAdministrationService;
import uk.nhs.leaguetables.security.UserAdministrationService.Activation;
import uk.nhs.leaguetables.security.UserAdministrationService.NewAccount;

/**
 * Accounts, roles and role proposals, for administrators; the service audits every
 * change.
 */
@Controller
class UserController {

	private static final String INVALID = "INVALID_USER_CHANGE";

	private final UserAdministrationService administration;

	UserController(UserAdministrationService administration) {
		this.administration = administration;
	}

	@QueryMapping
	List<UserAccount> users() {
		return administration.users();
	}

	@QueryMapping
	List<RoleProposal> pendingRoleProposals() {
		return administration.pendingProposals();
	}

	@MutationMapping
	CreateUserPayload createUser(@Argument CreateUserInput input) {
		return Attempt.of(INVALID,
				() -> administration.create(input.username(), input.displayName(), input.organisation(),
						Boolean.TRUE.equals(input.oidcOnly()),
						(input.roles() != null) ? Set.copyOf(input.roles()) : Set.of()),
				(created, errors) -> (created != null)
						? new CreateUserPayload(created.account(), created.activation(), created.proposals(), errors)
						: new CreateUserPayload(null, null, List.of(), errors));
	}

	@MutationMapping
	ActivationPayload reissueActivationLink(@Argument UsernameInput input) {
		return Attempt.of(INVALID, () -> administration.reissueActivation(input.username()), ActivationPayload::new);
	}

	@MutationMapping
	UserPayload grantRole(@Argument RoleInput input) {
		return Attempt.of(INVALID, () -> administration.grant(input.username(), input.role(), input.reason()),
				UserPayload::new);
	}

	@MutationMapping
	RoleProposalPayload proposeRole(@Argument RoleInput input) {
		return Attempt.of(INVALID, () -> administration.propose(input.username(), input.role(), input.reason()),
				RoleProposalPayload::new);
	}

	@MutationMapping
	RoleProposalPayload confirmRoleProposal(@Argument RoleProposalDecisionInput input) {
		return Attempt.of(INVALID, () -> administration.confirm(Attempt.id("id", input.id()), input.reason()),
				RoleProposalPayload::new);
	}

	@MutationMapping
	RoleProposalPayload declineRoleProposal(@Argument RoleProposalDecisionInput input) {
		return Attempt.of(INVALID, () -> administration.decline(Attempt.id("id", input.id()), input.reason()),
				RoleProposalPayload::new);
	}

	@MutationMapping
	RoleProposalPayload withdrawRoleProposal(@Argument RoleProposalDecisionInput input) {
		return Attempt.of(INVALID, () -> administration.withdraw(Attempt.id("id", input.id()), input.reason()),
				RoleProposalPayload::new);
	}

	@MutationMapping
	UserPayload revokeRole(@Argument RoleInput input) {
		return Attempt.of(INVALID, () -> administration.revoke(input.username(), input.role(), input.reason()),
				UserPayload::new);
	}

	@MutationMapping
	UserPayload setUserEnabled(@Argument EnabledInput input) {
		return Attempt.of(INVALID, () -> administration.setEnabled(input.username(), input.enabled(), input.reason()),
				UserPayload::new);
	}

	/** A new account. */
	record CreateUserInput(String username, String displayName, @Nullable Boolean oidcOnly,
			@Nullable String organisation, @Nullable List<Role> roles) {
	}

	/** An account, by name. */
	record UsernameInput(String username) {
	}

	/** A role to grant, propose or revoke, and why. */
	record RoleInput(String username, Role role, @Nullable String reason) {
	}

	/** A decision on a role proposal, and why. */
	record RoleProposalDecisionInput(String id, @Nullable String reason) {
	}

	/** Whether an account may sign in, and why it changes. */
	record EnabledInput(String username, boolean enabled, @Nullable String reason) {
	}

	/** The account after the change, or why it could not be made. */
	record UserPayload(@Nullable UserAccount user, List<UserError> userErrors) {
	}

	/** The account created, its activation link and the role proposals made with it. */
	record CreateUserPayload(@Nullable UserAccount user, @Nullable Activation activation, List<RoleProposal> proposals,
			List<UserError> userErrors) {
	}

	/** A new activation link, or why there is none. */
	record ActivationPayload(@Nullable Activation activation, List<UserError> userErrors) {
	}

	/** The proposal after the change, or why it could not be made. */
	record RoleProposalPayload(@Nullable RoleProposal proposal, List<UserError> userErrors) {
	}

}
