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
 * Administrators create accounts and change roles; each change is audited with the roles
 * before and after, and the last administrator cannot lock everybody out. Real
 * PostgreSQL, rolled back.
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

	@Test
	void a_role_change_is_audited_with_the_roles_before_and_after() {
		asAdmin(() -> administration.create("new.preparer", "New Preparer", "a long enough password", null,
				Set.of(Role.PREPARER)));
		asAdmin(() -> administration.grant("new.preparer", Role.APPROVER, "Covering approvals in August"));

		AuditEvent granted = lastAudit("ROLE_GRANTED");
		assertThat(granted.actor()).isEqualTo("root-admin");
		assertThat(granted.entityId()).isEqualTo("new.preparer");
		assertThat(granted.beforeState()).contains("\"roles\": [\"PREPARER\"]");
		assertThat(granted.afterState()).contains("\"roles\": [\"PREPARER\", \"APPROVER\"]");
		assertThat(granted.reason()).isEqualTo("Covering approvals in August");

		asAdmin(() -> administration.revoke("new.preparer", Role.PREPARER, "Moved to the approvals team"));
		assertThat(users.find("new.preparer").orElseThrow().roles()).containsExactly(Role.APPROVER);
		assertThat(lastAudit("ROLE_REVOKED").afterState()).contains("\"roles\": [\"APPROVER\"]");
	}

	@Test
	void a_disabled_account_cannot_sign_in() {
		asAdmin(() -> administration.create("leaver", "Leaver", "a long enough password", null, Set.of(Role.AUDITOR)));
		asAdmin(() -> administration.setEnabled("leaver", false, "Left NHS England"));

		assertThat(userDetails.loadUserByUsername("leaver").isEnabled()).isFalse();
		assertThat(lastAudit("USER_DISABLED").beforeState()).contains("\"enabled\": true");
	}

	@Test
	void the_last_administrator_keeps_their_access() {
		asAdmin(() -> administration.create("only.admin", "Only Admin", null, null, Set.of(Role.ADMIN)));
		for (var account : users.findAll()) {
			if (account.roles().contains(Role.ADMIN) && account.enabled() && !account.username().equals("only.admin")) {
				asAdmin(() -> administration.setEnabled(account.username(), false, "Clearing the field"));
			}
		}

		assertThatThrownBy(() -> asAdmin(() -> administration.revoke("only.admin", Role.ADMIN, null)))
			.hasMessageContaining("last enabled administrator");
		assertThatThrownBy(() -> asAdmin(() -> administration.setEnabled("only.admin", false, null)))
			.hasMessageContaining("last enabled administrator");
	}

	@Test
	void bad_accounts_are_refused_naming_the_field() {
		assertThatThrownBy(() -> asAdmin(() -> administration.create("Bad Name", "x", null, null, Set.of())))
			.hasMessageStartingWith("username:");
		assertThatThrownBy(() -> asAdmin(
				() -> administration.create("short.password", "Short", "12345", null, Set.of(Role.AUDITOR))))
			.hasMessageStartingWith("password: at least 12 characters");
		assertThatThrownBy(() -> asAdmin(() -> administration.grant("nobody.here", Role.AUDITOR, null)))
			.hasMessage("username: there is no user 'nobody.here'");
	}

	@Test
	void only_administrators_manage_accounts() {
		assertThatThrownBy(() -> SystemActor.callAs("someone", Role.APPROVER,
				() -> administration.grant("someone", Role.ADMIN, "promoting myself")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> task) {
		return SystemActor.callAs("root-admin", Role.ADMIN, task);
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
