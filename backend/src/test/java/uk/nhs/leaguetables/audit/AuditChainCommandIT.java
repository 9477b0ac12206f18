package uk.nhs.leaguetables.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;

/**
 * The operator command reports an intact chain with exit code 0 and a tampered one with 1
 * (tampering as the database's owner, rolled back).
 */
@SpringBootTest
@Transactional
class AuditChainCommandIT {

	@Autowired
	AuditLog auditLog;

	@Autowired
	DSLContext dsl;

	@Test
	void reports_an_intact_chain_and_exits_with_zero() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditChainCommand command = new AuditChainCommand(auditLog, new PrintStream(out, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("--verify-audit-chain"));

		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit log intact:");
		assertThat(command.getExitCode()).isZero();
	}

	@Test
	void reports_a_tampered_chain_and_exits_with_one() {
		auditLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "original"));
		long last = dsl.select(max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1();
		dsl.set(name("session_replication_role"), inline("replica")).execute();
		dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else").where(AUDIT_EVENT.ID.eq(last)).execute();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditChainCommand command = new AuditChainCommand(auditLog, new PrintStream(out, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("--verify-audit-chain"));

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN", "Entry " + last);
		assertThat(command.getExitCode()).isEqualTo(1);
	}

	@Test
	void reports_a_tail_rewritten_and_rehashed_with_sha256_and_exits_with_one() {
		auditLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "original"));
		auditLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "2", null, "later"));
		long rewritten = dsl.select(max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1() - 1;
		AuditTampering.rewriteAndRehashFrom(dsl, rewritten, "rewritten");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditChainCommand command = new AuditChainCommand(auditLog, new PrintStream(out, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("--verify-audit-chain"));

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN",
				"Entry " + rewritten + ": its seal (key 'test') does not match its hash");
		assertThat(command.getExitCode()).isEqualTo(1);
	}

	@Test
	void does_nothing_without_the_option() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditChainCommand command = new AuditChainCommand(auditLog, new PrintStream(out, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments());

		assertThat(out.size()).isZero();
	}

}
