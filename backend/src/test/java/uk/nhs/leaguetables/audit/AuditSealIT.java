package uk.nhs.leaguetables.audit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.nhs.leaguetables.testsupport.TestDatabase;
import uk.nhs.leaguetables.testsupport.TestDatabaseContextCustomizerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.max;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.AUDIT_KEYING;
import static uk.nhs.leaguetables.db.Tables.AUDIT_SEAL;

/**
 * The attacks on the audit log by someone who can write the database but does not hold
 * the audit key, made with direct SQL on a connection of the database's owner (a
 * superuser, who can switch the append-only triggers off), each in one transaction that
 * is rolled back; the service's verification reports every one of them.
 */
@SpringBootTest
class AuditSealIT {

	@Autowired
	AuditKeys keys;

	@Autowired
	AuditLog auditLog;

	private Connection connection;

	private DSLContext owner;

	@BeforeEach
	void connectAsTheOwner() throws SQLException {
		TestDatabase.Connection database = TestDatabase.connection();
		connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
		connection.setAutoCommit(false);
		owner = DSL.using(connection, SQLDialect.POSTGRES);
	}

	@AfterEach
	void rollBack() throws SQLException {
		connection.rollback();
		connection.close();
	}

	@Test
	void a_tail_rewritten_and_rehashed_with_sha256_is_detected() {
		AuditLog log = new AuditLog(owner, keys);
		log.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "approved for the right reasons"));
		log.record(new AuditEntry("tester", "TEST_EVENT", "test", "2", null, "a later entry"));
		long rewritten = lastId() - 1;
		assertThat(log.verifyChain().intact()).isTrue();

		AuditTampering.rewriteAndRehashFrom(owner, rewritten, "approved for other reasons");

		assertThat(unkeyedVerification(log).intact())
			.as("the rewritten chain is consistent: the SHA-256 chain alone does not notice")
			.isTrue();
		AuditChainVerification verification = log.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(rewritten);
		assertThat(verification.problem()).contains("seal (key 'test') does not match its hash");
	}

	@Test
	void a_deleted_seal_is_detected() {
		AuditLog log = new AuditLog(owner, keys);
		log.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "sealed"));
		long last = lastId();

		owner.execute("set local session_replication_role = replica");
		owner.deleteFrom(AUDIT_SEAL).where(AUDIT_SEAL.EVENT_ID.eq(last)).execute();

		AuditChainVerification verification = log.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(last);
		assertThat(verification.problem()).contains("has no seal");
	}

	@Test
	void an_entry_forged_with_direct_sql_and_sealed_with_an_unknown_key_is_detected() {
		AuditLog log = new AuditLog(owner, keys);
		AuditKeys attackersKey = keys(Map.of("attacker", randomKey()), "attacker");
		// the chaining trigger numbers and hashes the forged entry like any other; the
		// attacker seals it
		new AuditLog(owner, attackersKey)
			.record(new AuditEntry("approver", "TABLE_PUBLISHED", "publication", "999", null, "forged"));
		long forged = lastId();

		AuditChainVerification verification = log.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(forged);
		assertThat(verification.problem()).contains("sealed with key 'attacker', which is not configured");
	}

	@Test
	void an_entry_sealed_under_the_right_key_id_with_a_guessed_mac_is_detected() {
		AuditLog log = new AuditLog(owner, keys);
		AuditKeys guessedKey = keys(Map.of(TestDatabaseContextCustomizerFactory.AUDIT_KEY_ID, randomKey()),
				TestDatabaseContextCustomizerFactory.AUDIT_KEY_ID);
		new AuditLog(owner, guessedKey)
			.record(new AuditEntry("approver", "TABLE_PUBLISHED", "publication", "999", null, "forged"));

		AuditChainVerification verification = log.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(lastId());
		assertThat(verification.problem()).contains("does not match its hash");
	}

	@Test
	void an_entry_written_without_a_seal_cannot_be_committed() {
		owner.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "intruder").set(AUDIT_EVENT.ACTION, "UNSEALED").execute();

		assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class).hasMessageContaining("has no seal");
	}

	@Test
	void an_entry_recorded_outside_any_transaction_is_committed_with_its_seal() {
		// as a sign-in failure listener records: no transaction of the caller's to join
		auditLog.record(new AuditEntry("tester", "TEST_EVENT", "test", "outside", null, "no transaction"));

		long recorded = owner.select(max(AUDIT_EVENT.ID))
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ENTITY_ID.eq("outside"))
			.fetchSingle()
			.value1();
		assertThat(owner.fetchExists(AUDIT_SEAL, AUDIT_SEAL.EVENT_ID.eq(recorded))).isTrue();
	}

	@Test
	void a_checkpoint_whose_head_was_removed_from_the_log_is_detected() {
		AuditLog log = new AuditLog(owner, keys);
		log.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "kept"));
		log.record(new AuditEntry("approver", "TABLE_PUBLISHED", "publication", "1", null, "to be hidden"));
		AuditCheckpoint checkpoint = log.checkpoint("auditor", null, "before the attack");
		long head = checkpoint.headEventId();

		// the tail goes, seals and all: what is left is a consistent, correctly sealed
		// log
		owner.execute("set local session_replication_role = replica");
		owner.deleteFrom(AUDIT_SEAL).where(AUDIT_SEAL.EVENT_ID.eq(head)).execute();
		owner.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(head)).execute();

		AuditChainVerification verification = log.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(head);
		assertThat(verification.problem()).contains("Checkpoint " + checkpoint.id(), "entries were removed");
	}

	@Test
	void a_checkpoint_rewritten_to_match_a_rewritten_log_is_detected() {
		AuditLog log = new AuditLog(owner, keys);
		log.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "original"));
		AuditCheckpoint checkpoint = log.checkpoint("auditor", null, null);

		AuditTampering.rewriteAndRehashFrom(owner, checkpoint.headEventId(), "rewritten");
		owner.execute("update audit_checkpoint set head_hash = (select hash from audit_event where id = "
				+ checkpoint.headEventId() + ") where id = " + checkpoint.id());

		AuditChainVerification verification = log.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.problem()).contains("Checkpoint " + checkpoint.id(), "MAC (key 'test') does not match");
	}

	@Test
	void moving_the_start_of_keying_to_pass_sealed_entries_off_as_older_is_detected() {
		AuditLog log = new AuditLog(owner, keys);
		log.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "sealed"));
		log.checkpoint("auditor", null, null);

		owner.execute("set local session_replication_role = replica");
		owner.update(AUDIT_KEYING).set(AUDIT_KEYING.FIRST_KEYED_EVENT_ID, lastId() + 1).execute();
		owner.deleteFrom(AUDIT_SEAL).execute();

		AuditChainVerification verification = log.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.problem()).contains("keying began at entry");
	}

	@Test
	void entries_sealed_with_an_old_key_still_verify_after_a_new_current_key_is_configured() {
		byte[] oldSecret = Base64.getDecoder().decode(TestDatabaseContextCustomizerFactory.AUDIT_KEY);
		AuditKeys rotated = keys(
				Map.of(TestDatabaseContextCustomizerFactory.AUDIT_KEY_ID, oldSecret, "k2027", randomKey()), "k2027");
		new AuditLog(owner, keys).record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "old key"));
		new AuditLog(owner, rotated).record(new AuditEntry("tester", "TEST_EVENT", "test", "2", null, "new key"));
		long last = lastId();

		assertThat(owner.select(AUDIT_SEAL.KEY_ID)
			.from(AUDIT_SEAL)
			.where(AUDIT_SEAL.EVENT_ID.in(last - 1, last))
			.orderBy(AUDIT_SEAL.EVENT_ID)
			.fetch(AUDIT_SEAL.KEY_ID)).containsExactly("test", "k2027");
		AuditChainVerification afterRotation = new AuditLog(owner, rotated).verifyChain();
		assertThat(afterRotation.intact()).as(afterRotation.problem()).isTrue();
		assertThat(afterRotation.sealedEntries()).isEqualTo(afterRotation.entriesChecked());

		AuditChainVerification withoutTheNewKey = new AuditLog(owner, keys).verifyChain();
		assertThat(withoutTheNewKey.firstBrokenEntry()).isEqualTo(last);
		assertThat(withoutTheNewKey.problem()).contains("key 'k2027', which is not configured");
	}

	@Test
	void seals_checkpoints_and_the_start_of_keying_cannot_be_changed_or_deleted() throws SQLException {
		AuditLog log = new AuditLog(owner, keys);
		log.record(new AuditEntry("tester", "TEST_EVENT", "test", "1", null, "sealed"));
		log.checkpoint("auditor", null, null);
		Map<String, String> attempts = Map.of("update audit_seal set key_id = 'other'", "audit_seal",
				"delete from audit_seal", "audit_seal", "truncate audit_seal", "audit_seal",
				"update audit_checkpoint set note = 'other'", "audit_checkpoint", "delete from audit_checkpoint",
				"audit_checkpoint", "truncate audit_checkpoint", "audit_checkpoint",
				"update audit_keying set first_keyed_event_id = 1000000", "audit_keying", "delete from audit_keying",
				"audit_keying", "truncate audit_keying", "audit_keying");
		for (var attempt : attempts.entrySet()) {
			Savepoint before = connection.setSavepoint();
			assertThatThrownBy(() -> owner.execute(attempt.getKey())).as(attempt.getKey())
				.hasMessageContaining(attempt.getValue() + " rows are immutable");
			connection.rollback(before);
		}
	}

	private AuditChainVerification unkeyedVerification(AuditLog log) {
		long firstKeyed = owner.select(AUDIT_KEYING.FIRST_KEYED_EVENT_ID).from(AUDIT_KEYING).fetchSingle().value1();
		AuditChainVerifier verifier = new AuditChainVerifier(null, firstKeyed, List.of());
		log.readChain(verifier::accept);
		return verifier.result();
	}

	private long lastId() {
		return owner.select(max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1();
	}

	private static AuditKeys keys(Map<String, byte[]> secrets, String current) {
		return new AuditKeys(secrets, current);
	}

	private static byte[] randomKey() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}

}
