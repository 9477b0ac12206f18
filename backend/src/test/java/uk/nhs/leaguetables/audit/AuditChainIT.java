package uk.nhs.leaguetables.audit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;

/**
 * The hash chain detects a tampered entry. Tampering needs the append-only trigger
 * switched off, which only the owner of the tables or a superuser can do, never the
 * service's own connection; the test does so as the owner inside a transaction of its
 * own, which is rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "auditor", roles = "AUDITOR")
class AuditChainIT {

	@Autowired
	AuditService audit;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditKeys keys;

	@Autowired
	DSLContext dsl;

	@Test
	void an_untouched_log_verifies() {
		auditLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", "{\"a\": 1}", "checking"));

		AuditChainVerification verification = audit.verifyChain();

		assertThat(verification.intact()).isTrue();
		assertThat(verification.entriesChecked()).isEqualTo(dsl.fetchCount(AUDIT_EVENT));
	}

	@Test
	void a_tampered_entry_is_reported_as_the_first_broken_link() {
		TestDatabase.asOwnerRolledBack((owner) -> {
			AuditLog ownersLog = new AuditLog(owner, keys);
			ownersLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "original reason"));
			ownersLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "2", null, "later entry"));
			long tampered = owner.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1()
					- 1;

			owner.set(name("session_replication_role"), inline("replica")).execute();
			owner.update(AUDIT_EVENT)
				.set(AUDIT_EVENT.REASON, "rewritten reason")
				.where(AUDIT_EVENT.ID.eq(tampered))
				.execute();

			AuditChainVerification verification = ownersLog.verifyChain();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenEntry()).isEqualTo(tampered);
			assertThat(verification.problem()).contains("no longer matches its hash");
			return null;
		});
	}

	@Test
	@WithMockUser(username = "preparer", roles = "PREPARER")
	void only_auditors_and_admins_verify_the_chain() {
		assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
	}

}
