package uk.nhs.leaguetables.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.platform.digest.Sha256;

/**
 * What administrators do with accounts, arranged so that no one person can publish alone:
 * a new account's holder chooses their own password through a one-time activation link
 * (or signs in through OIDC only); a publication role (PREPARER, APPROVER, ADMIN) is
 * granted only when a second administrator, who is not the grantee, confirms another's
 * proposal; nobody changes their own roles or enables or disables themselves. Every
 * change is audited with the roles before and after, and the last enabled administrator
 * cannot remove their own access.
 */
@Service
public class UserAdministrationService {

	/** How long an activation link can be used. */
	public static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);

	/** The path of the console's activation view, followed by the token. */
	public static final String ACTIVATION_PATH = "/activate/";

	private static final String ACTIVATION_PREFIX = "nla_";

	private static final Set<Role> PUBLICATION_ROLES = EnumSet.of(Role.PREPARER, Role.APPROVER, Role.ADMIN);

	private final UserAccountRepository users;

	private final RoleProposalRepository proposals;

	private final AccountActivationRepository activations;

	private final ApiTokenRepository tokens;

	private final AuditLog auditLog;

	UserAdministrationService(UserAccountRepository users, RoleProposalRepository proposals,
			AccountActivationRepository activations, ApiTokenRepository tokens, AuditLog auditLog) {
		this.users = users;
		this.proposals = proposals;
		this.activations = activations;
		this.tokens = tokens;
		this.auditLog = auditLog;
	}

	/** Whether granting the role needs a second administrator. */
	public static boolean isPublicationRole(Role role) {
		return PUBLICATION_ROLES.contains(role);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<UserAccount> users() {
		return users.findAll();
	}

	/** Role proposals waiting for a second administrator, oldest first. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<RoleProposal> pendingProposals() {
		return proposals.pending();
	}

	/**
	 * Creates an account without a password. Unless it signs in through OIDC only, its
	 * holder chooses a password with the activation link returned here, which is shown
	 * once and stored only as its SHA-256. SUBMITTER and AUDITOR are granted at once;
	 * each publication role becomes a proposal that another administrator must confirm.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public NewAccount create(String username, String displayName, @Nullable String organisationCode, boolean oidcOnly,
			Set<Role> roles) {
		String actor = CurrentUser.username();
		if (username == null || !username.matches("[a-z0-9._@-]{3,64}")) {
			throw new IllegalArgumentException(
					"username: 3 to 64 characters of lower-case letters, digits and . _ @ -");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new IllegalArgumentException("displayName: required");
		}
		if (users.exists(username)) {
			throw new IllegalArgumentException("username: '" + username + "' exists already");
		}
		Set<Role> immediate = EnumSet.noneOf(Role.class);
		roles.stream().filter((role) -> !isPublicationRole(role)).forEach(immediate::add);
		users.createWithoutPassword(username, displayName.strip(), organisationCode, oidcOnly, immediate, actor);
		UserAccount created = users.find(username).orElseThrow();
		auditLog.record(new AuditEntry(actor, "USER_CREATED", "app_user", username, state(created), null));
		List<RoleProposal> proposed = new ArrayList<>();
		for (Role role : PUBLICATION_ROLES) {
			if (roles.contains(role)) {
				proposed.add(propose(actor, created, role, "Proposed with the new account"));
			}
		}
		Activation activation = oidcOnly ? null : issueActivation(actor, username);
		return new NewAccount(created, activation, proposed);
	}

	/**
	 * A new activation link for an account whose holder has not chosen a password yet
	 * (the earlier link stops working). Never for an account that has a password or signs
	 * in through OIDC only, so no administrator can take over an account this way.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Activation reissueActivation(String username) {
		String actor = CurrentUser.username();
		UserAccount account = existing(username);
		if (account.signIn() != UserAccount.SignIn.AWAITING_ACTIVATION) {
			throw new IllegalArgumentException("username: '" + username + "' signs in "
					+ ((account.signIn() == UserAccount.SignIn.OIDC_ONLY) ? "through OIDC only"
							: "with the password its holder chose")
					+ "; only an account awaiting activation gets a new link");
		}
		return issueActivation(actor, username);
	}

	private Activation issueActivation(String actor, String username) {
		String token = Secrets.generate(ACTIVATION_PREFIX);
		OffsetDateTime expiresAt = OffsetDateTime.now().plus(ACTIVATION_VALIDITY);
		activations.issue(username, Sha256.hex(token), actor, expiresAt);
		auditLog.record(new AuditEntry(actor, "ACTIVATION_LINK_ISSUED", "app_user", username,
				"{\"expiresAt\": \"" + expiresAt + "\"}", null));
		return new Activation(token, ACTIVATION_PATH + token, expiresAt);
	}

	/**
	 * Grants SUBMITTER or AUDITOR at once; publication roles need
	 * {@link #propose(String, Role, String)} and a second administrator.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserAccount grant(String username, Role role, @Nullable String reason) {
		String actor = CurrentUser.username();
		UserAccount before = changeableBy(actor, username);
		if (isPublicationRole(role)) {
			throw new IllegalArgumentException("role: " + role
					+ " is granted by two administrators: propose it (proposeRole), and another administrator confirms");
		}
		if (before.roles().contains(role)) {
			throw new IllegalArgumentException("role: '" + username + "' is " + role + " already");
		}
		users.grant(username, role, actor);
		return audited(actor, "ROLE_GRANTED", before, reason);
	}

	/** Proposes a role, which another administrator (not the grantee) must confirm. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public RoleProposal propose(String username, Role role, @Nullable String reason) {
		String actor = CurrentUser.username();
		return propose(actor, changeableBy(actor, username), role, reason);
	}

	private RoleProposal propose(String actor, UserAccount grantee, Role role, @Nullable String reason) {
		if (grantee.roles().contains(role)) {
			throw new IllegalArgumentException("role: '" + grantee.username() + "' is " + role + " already");
		}
		if (proposals.pendingExists(grantee.username(), role)) {
			throw new IllegalArgumentException("role: " + role + " for '" + grantee.username()
					+ "' is proposed already and waits for confirmation");
		}
		RoleProposal proposal = proposals.create(grantee.username(), role, actor, blankToNull(reason));
		auditLog.record(new AuditEntry(actor, "ROLE_PROPOSED", "app_user", grantee.username(), proposalState(proposal),
				proposal.reason())
			.before(state(grantee)));
		return proposal;
	}

	/**
	 * Confirms another administrator's proposal and grants the role. The confirming
	 * administrator is neither the proposer nor the grantee. Tokens that someone else
	 * issued for the account are revoked, as whoever holds them would otherwise act with
	 * the new role.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public RoleProposal confirm(long proposalId, @Nullable String reason) {
		String actor = CurrentUser.username();
		RoleProposal proposal = pending(proposalId);
		if (proposal.proposedBy().equals(actor)) {
			throw new IllegalArgumentException(
					"proposal: you proposed #" + proposalId + "; another administrator must confirm it (four eyes)");
		}
		UserAccount before = changeableBy(actor, proposal.username());
		users.grant(proposal.username(), proposal.role(), proposal.proposedBy());
		tokens.revokeIssuedByOthers(proposal.username(), actor, OffsetDateTime.now());
		RoleProposal confirmed = proposals.decide(proposalId, RoleProposal.Status.CONFIRMED, actor);
		audited(actor, "ROLE_GRANTED", before, "Proposal #" + proposalId + " by " + proposal.proposedBy()
				+ ((reason == null || reason.isBlank()) ? "" : ": " + reason.strip()));
		return confirmed;
	}

	/** Declines a proposal; its proposer withdraws it instead. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public RoleProposal decline(long proposalId, @Nullable String reason) {
		String actor = CurrentUser.username();
		RoleProposal proposal = pending(proposalId);
		if (proposal.proposedBy().equals(actor)) {
			throw new IllegalArgumentException("proposal: you proposed #" + proposalId + "; withdraw it instead");
		}
		return decided(actor, proposal, RoleProposal.Status.DECLINED, "ROLE_PROPOSAL_DECLINED", reason);
	}

	/** Withdraws one's own proposal. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public RoleProposal withdraw(long proposalId, @Nullable String reason) {
		String actor = CurrentUser.username();
		RoleProposal proposal = pending(proposalId);
		if (!proposal.proposedBy().equals(actor)) {
			throw new IllegalArgumentException(
					"proposal: only its proposer, " + proposal.proposedBy() + ", withdraws #" + proposalId);
		}
		return decided(actor, proposal, RoleProposal.Status.WITHDRAWN, "ROLE_PROPOSAL_WITHDRAWN", reason);
	}

	private RoleProposal decided(String actor, RoleProposal proposal, RoleProposal.Status status, String action,
			@Nullable String reason) {
		RoleProposal decided = proposals.decide(proposal.id(), status, actor);
		auditLog.record(new AuditEntry(actor, action, "app_user", proposal.username(), proposalState(decided),
				blankToNull(reason)));
		return decided;
	}

	private RoleProposal pending(long proposalId) {
		RoleProposal proposal = proposals.findForUpdate(proposalId)
			.orElseThrow(() -> new IllegalArgumentException("proposal: there is no role proposal #" + proposalId));
		if (proposal.status() != RoleProposal.Status.PENDING) {
			throw new IllegalArgumentException(
					"proposal: #" + proposalId + " is " + proposal.status() + " already, by " + proposal.decidedBy());
		}
		return proposal;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserAccount revoke(String username, Role role, @Nullable String reason) {
		String actor = CurrentUser.username();
		UserAccount before = changeableBy(actor, username);
		if (!before.roles().contains(role)) {
			throw new IllegalArgumentException("role: '" + username + "' is not " + role);
		}
		if (role == Role.ADMIN) {
			requireAnotherAdministrator(before);
		}
		users.revoke(username, role);
		return audited(actor, "ROLE_REVOKED", before, reason);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserAccount setEnabled(String username, boolean enabled, @Nullable String reason) {
		String actor = CurrentUser.username();
		UserAccount before = changeableBy(actor, username);
		if (!enabled && before.enabled() && before.roles().contains(Role.ADMIN)) {
			requireAnotherAdministrator(before);
		}
		users.setEnabled(username, enabled);
		return audited(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", before, reason);
	}

	/** The account, locked, when the actor may change it: anyone's but their own. */
	private UserAccount changeableBy(String actor, String username) {
		UserAccount account = existing(username);
		if (account.username().equals(actor)) {
			throw new IllegalArgumentException(
					"username: nobody changes their own roles or access; ask another administrator");
		}
		return account;
	}

	private UserAccount existing(String username) {
		return users.findForUpdate(username)
			.orElseThrow(() -> new IllegalArgumentException("username: there is no user '" + username + "'"));
	}

	private void requireAnotherAdministrator(UserAccount losingAccess) {
		if (losingAccess.enabled() && users.countEnabledWith(Role.ADMIN) <= 1) {
			throw new IllegalArgumentException("'" + losingAccess.username()
					+ "' is the last enabled administrator; make someone else an administrator first");
		}
	}

	private UserAccount audited(String actor, String action, UserAccount before, @Nullable String reason) {
		UserAccount after = users.find(before.username()).orElseThrow();
		auditLog.record(new AuditEntry(actor, action, "app_user", before.username(), state(after), reason)
			.before(state(before)));
		return after;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String state(UserAccount account) {
		Set<Role> roles = account.roles().isEmpty() ? Set.of() : EnumSet.copyOf(account.roles());
		return "{\"enabled\": %s, \"signIn\": \"%s\", \"roles\": [%s]}".formatted(account.enabled(), account.signIn(),
				String.join(", ", roles.stream().map((role) -> "\"" + role + "\"").toList()));
	}

	private static String proposalState(RoleProposal proposal) {
		return "{\"proposal\": %d, \"role\": \"%s\", \"status\": \"%s\", \"proposedBy\": \"%s\"}"
			.formatted(proposal.id(), proposal.role(), proposal.status(), proposal.proposedBy());
	}

	/**
	 * A one-time activation link: shown once, to the administrator who asked for it.
	 *
	 * @param token the secret
	 * @param path the console path that uses it
	 * @param expiresAt when it stops working
	 */
	public record Activation(String token, String path, OffsetDateTime expiresAt) {
	}

	/**
	 * A created account, its activation link unless it signs in through OIDC only, and
	 * the publication roles proposed for it.
	 */
	public record NewAccount(UserAccount account, @Nullable Activation activation, List<RoleProposal> proposals) {
	}

}
