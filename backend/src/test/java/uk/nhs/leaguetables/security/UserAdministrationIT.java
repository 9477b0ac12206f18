package uk.nhs.leaguetables.security;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.platform.paging.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators create accounts and change roles; a publication role takes a proposal
 * and a second administrator's confirmation; each change is audited with the roles before
 * and after, and the last administrator cannot lock everybody out. Real PostgreSQL,
 * rolled back.
 */
@SpringBootTest
@Transactional
class UserAdministrationIT {

	@Autowired
	UserAdministrationService administration;

	@Autowired
	UserAccountRepository users;

	@Autowired
	AuditService audit;

	@Autowired
	DatabaseUserDetailsService userDetails;

	@Autowired
	PasswordService passwords;

	@Test
	void a_role_change_is_audited_with_the_roles_before_and_after() {
		var created = asAdmin(
				() -> administration.create("new.preparer", "New Preparer", null, false, Set.of(Role.PREPARER)));
		assertThat(created.account().roles()).isEmpty();
		assertThat(created.activation().path()).startsWith("/activate/nla_");
		asOtherAdmin(() -> administration.confirm(created.proposals().getFirst().id(), "Checked with the team"));
		RoleProposal proposal = asAdmin(
				() -> administration.propose("new.preparer", Role.APPROVER, "Covering approvals in August"));
		assertThat(lastAudit("ROLE_PROPOSED").afterState()).contains("\"status\": \"PENDING\"");
		asOtherAdmin(() -> administration.confirm(proposal.id(), null));

		AuditEvent granted = lastAudit("ROLE_GRANTED");
		assertThat(granted.actor()).isEqualTo("second-admin");
		assertThat(granted.entityId()).isEqualTo("new.preparer");
		assertThat(granted.beforeState()).contains("\"roles\": [\"PREPARER\"]");
		assertThat(granted.afterState()).contains("\"roles\": [\"PREPARER\", \"APPROVER\"]");
		assertThat(granted.reason()).isEqualTo("Proposal #" + proposal.id() + " by root-admin");

		asAdmin(() -> administration.revoke("new.preparer", Role.PREPARER, "Moved to the approvals team"));
		assertThat(users.find("new.preparer").orElseThrow().roles()).containsExactly(Role.APPROVER);
		assertThat(lastAudit("ROLE_REVOKED").afterState()).contains("\"roles\": [\"APPROVER\"]");
	}

	@Test
	void a_disabled_account_cannot_sign_in() {
		var leaver = asAdmin(() -> administration.create("leaver", "Leaver", null, false, Set.of(Role.AUDITOR)));
		passwords.activate(leaver.activation().token(), "a long enough passphrase");
		asAdmin(() -> administration.setEnabled("leaver", false, "Left NHS England"));

		assertThat(userDetails.loadUserByUsername("leaver").isEnabled()).isFalse();
		assertThat(lastAudit("USER_DISABLED").beforeState()).contains("\"enabled\": true");
	}

	@Test
	void the_last_administrator_keeps_their_access() {
		var onlyAdmin = asAdmin(
				() -> administration.create("only.admin", "Only Admin", null, true, Set.of(Role.ADMIN)));
		asOtherAdmin(() -> administration.confirm(onlyAdmin.proposals().getFirst().id(), null));
		for (var account : users.findAll()) {
			if (account.roles().contains(Role.ADMIN) && account.enabled() && !account.username().equals("only.admin")) {
				asAdmin(() -> administration.setEnabled(account.username(), false, "Clearing the field"));
			}
		}

		assertThatThrownBy(() -> asAdmin(() -> administration.revoke("only.admin", Role.ADMIN, null)))
			.hasMessageContaining("last enabled administrator");
		assertThatThrownBy(() -> asAdmin(() -> administration.setEnabled("only.admin", false, null)))
			.hasMessageContaining("last enabled administrator");
		assertThatThrownBy(() -> SystemActor.callAs("only.admin", Role.ADMIN,
				() -> administration.setEnabled("only.admin", false, null)))
			.hasMessageContaining("nobody changes their own roles or access");
	}

	@Test
	void bad_accounts_are_refused_naming_the_field() {
		assertThatThrownBy(() -> asAdmin(() -> administration.create("Bad Name", "x", null, false, Set.of())))
			.hasMessageStartingWith("username:");
		assertThatThrownBy(() -> asAdmin(() -> administration.create("no.name", " ", null, false, Set.of())))
			.hasMessage("displayName: required");
		assertThatThrownBy(() -> asAdmin(() -> administration.grant("nobody.here", Role.AUDITOR, null)))
			.hasMessage("username: there is no user 'nobody.here'");
		assertThatThrownBy(() -> asAdmin(() -> administration.confirm(-1, null)))
			.hasMessage("proposal: there is no role proposal #-1");
	}

	@Test
	void only_administrators_manage_accounts() {
		assertThatThrownBy(() -> SystemActor.callAs("someone", Role.APPROVER,
				() -> administration.grant("someone", Role.ADMIN, "promoting myself")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_proposal_is_decided_once_declined_by_another_or_withdrawn_by_its_proposer() {
		asAdmin(() -> administration.create("maybe.approver", "Maybe Approver", null, true, Set.of()));
		RoleProposal proposal = asAdmin(() -> administration.propose("maybe.approver", Role.APPROVER, "Cover"));
		assertThatThrownBy(() -> asAdmin(() -> administration.propose("maybe.approver", Role.APPROVER, null)))
			.hasMessageContaining("proposed already");
		assertThatThrownBy(() -> asAdmin(() -> administration.decline(proposal.id(), null)))
			.hasMessageContaining("withdraw it instead");
		assertThatThrownBy(() -> asOtherAdmin(() -> administration.withdraw(proposal.id(), null)))
			.hasMessageContaining("only its proposer");
		asOtherAdmin(() -> administration.decline(proposal.id(), "Not in the approvals team"));
		assertThat(lastAudit("ROLE_PROPOSAL_DECLINED").reason()).isEqualTo("Not in the approvals team");
		assertThatThrownBy(() -> asOtherAdmin(() -> administration.confirm(proposal.id(), null)))
			.hasMessageContaining("is DECLINED already, by second-admin");
		assertThat(users.find("maybe.approver").orElseThrow().roles()).isEmpty();

		RoleProposal again = asAdmin(() -> administration.propose("maybe.approver", Role.APPROVER, null));
		asAdmin(() -> administration.withdraw(again.id(), "Proposed in error"));
		assertThat(lastAudit("ROLE_PROPOSAL_WITHDRAWN").afterState()).contains("\"status\": \"WITHDRAWN\"");
		assertThat(asAdmin(() -> administration.pendingProposals())).extracting(RoleProposal::username)
			.doesNotContain("maybe.approver");
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> task) {
		return SystemActor.callAs("root-admin", Role.ADMIN, task);
	}

	private static <T> T asOtherAdmin(java.util.function.Supplier<T> task) {
		return SystemActor.callAs("second-admin", Role.ADMIN, task);
	}

	private AuditEvent lastAudit(String action) {
		return SystemActor
			.callAs("ava", Role.AUDITOR,
					() -> audit.trail(new AuditFilter(null, action, null, null, null, null, null),
							new PageRequest(1, null)))
			.items()
			.getFirst();
	}

}
