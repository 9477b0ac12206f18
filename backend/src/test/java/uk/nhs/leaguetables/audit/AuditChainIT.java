package uk.nhs.leaguetables.audit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;

/**
 * The hash chain detects a tampered entry. Tampering needs the append-only trigger
 * switched off, which only a database superuser can do; the test does so inside its own
 * transaction, which is rolled back.
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
		auditLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "original reason"));
		auditLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "2", null, "later entry"));
		long tampered = dsl.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1() - 1;

		dsl.set(name("session_replication_role"), inline("replica")).execute();
		dsl.update(AUDIT_EVENT)
			.set(AUDIT_EVENT.REASON, "rewritten reason")
			.where(AUDIT_EVENT.ID.eq(tampered))
			.execute();

		AuditChainVerification verification = audit.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(tampered);
		assertThat(verification.problem()).contains("no longer matches its hash");
	}

	@Test
	@WithMockUser(username = "preparer", roles = "PREPARER")
	void only_auditors_and_admins_verify_the_chain() {
		assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
	}

}
