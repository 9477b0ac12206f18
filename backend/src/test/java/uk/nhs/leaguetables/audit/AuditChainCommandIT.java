package uk.nhs.leaguetables.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.testsupport.TestDatabase;

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
	AuditKeys keys;

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
		// only the owner can switch the append-only trigger off; its transaction is
		// rolled back
		TestDatabase.asOwnerRolledBack((owner) -> {
			AuditLog ownersLog = new AuditLog(owner, keys);
			ownersLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "original"));
			long last = owner.select(max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1();
			owner.set(name("session_replication_role"), inline("replica")).execute();
			owner.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else").where(AUDIT_EVENT.ID.eq(last)).execute();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			AuditChainCommand command = new AuditChainCommand(ownersLog,
					new PrintStream(out, true, StandardCharsets.UTF_8));

			command.run(new DefaultApplicationArguments("--verify-audit-chain"));

			assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN", "Entry " + last);
			assertThat(command.getExitCode()).isEqualTo(1);
			return null;
		});
	}

	@Test
	void reports_a_tail_rewritten_and_rehashed_with_sha256_and_exits_with_one() {
		TestDatabase.asOwnerRolledBack((owner) -> {
			AuditLog ownersLog = new AuditLog(owner, keys);
			ownersLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "original"));
			ownersLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "2", null, "later"));
			long rewritten = owner.select(max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1() - 1;
			AuditTampering.rewriteAndRehashFrom(owner, rewritten, "rewritten");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			AuditChainCommand command = new AuditChainCommand(ownersLog,
					new PrintStream(out, true, StandardCharsets.UTF_8));

			command.run(new DefaultApplicationArguments("--verify-audit-chain"));

			assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN",
					"Entry " + rewritten + ": its seal (key 'test') does not match its hash");
			assertThat(command.getExitCode()).isEqualTo(1);
			return null;
		});
	}

	@Test
	void does_nothing_without_the_option() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditChainCommand command = new AuditChainCommand(auditLog, new PrintStream(out, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments());

		assertThat(out.size()).isZero();
	}

}
