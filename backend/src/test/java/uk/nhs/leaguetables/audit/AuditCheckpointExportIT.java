package uk.nhs.leaguetables.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestDatabase;
import uk.nhs.leaguetables.testsupport.TestDatabaseContextCustomizerFactory;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor exports a checkpoint (GraphQL) and the whole log (HTTP) and verifies them
 * offline, with no database; then someone who can write the database rewrites the log and
 * its stored checkpoints, and the checkpoint kept outside shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditCheckpointExportIT {

	private static final String CREATE = """
			mutation Create($note: String) {
			  createAuditCheckpoint(input: {note: $note}) {
			    checkpoint { id headEntry headHash keyId mac document }
			    userErrors { message code }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditKeys keys;

	@TempDir
	Path files;

	@BeforeEach
	void accounts() {
		TestUsers.ensure(users, passwordEncoder, "checkpoint-auditor", "keeps-the-anchor", Role.AUDITOR);
		TestUsers.ensure(users, passwordEncoder, "checkpoint-preparer", "prepares-tables", Role.PREPARER);
	}

	@Test
	void an_exported_log_verifies_offline_against_an_exported_checkpoint_until_the_log_is_rewritten() throws Exception {
		Path checkpoint = files.resolve("checkpoint.txt");
		Files.writeString(checkpoint, createCheckpoint("Quarterly audit"));
		Path log = files.resolve("audit-log.csv");
		Files.write(log,
				exportedLog("checkpoint-auditor", "keeps-the-anchor").expectStatus()
					.isOk()
					.expectBody(byte[].class)
					.returnResult()
					.getResponseBody());
		Path keyFile = files.resolve("audit-keys");
		Files.writeString(keyFile, TestDatabaseContextCustomizerFactory.AUDIT_KEY_ID + "="
				+ TestDatabaseContextCustomizerFactory.AUDIT_KEY + "\n");

		assertThat(verifyOffline(log, checkpoint, keyFile)).startsWith("0 Audit log intact")
			.contains("1 checkpoint match");
		assertThat(verifyOffline(log, checkpoint, null)).startsWith("0 Audit log intact").contains("NOT verified");

		long head = AuditCheckpoint.parse(Files.readString(checkpoint)).headEventId();
		Path rewritten = files.resolve("rewritten-audit-log.csv");
		rewriteTheLogAndItsCheckpointsThenExport(head - 1, rewritten);

		assertThat(verifyOffline(rewritten, checkpoint, null)).startsWith("1 Audit log BROKEN")
			.contains("Entry " + head + ": Checkpoint", "recorded its hash as");
		assertThat(verifyOffline(rewritten, checkpoint, keyFile)).startsWith("1 Audit log BROKEN")
			.contains("Entry " + (head - 1) + ": its seal (key 'test') does not match its hash");
	}

	@Test
	void a_checkpoint_edited_to_match_a_rewritten_log_fails_its_mac() throws Exception {
		String document = createCheckpoint(null);
		AuditCheckpoint original = AuditCheckpoint.parse(document);
		Path forged = files.resolve("forged.txt");
		Files.writeString(forged, document.replace(original.headHash(), "f".repeat(64)));
		Path log = files.resolve("audit-log.csv");
		Files.write(log,
				exportedLog("checkpoint-auditor", "keeps-the-anchor").expectBody(byte[].class)
					.returnResult()
					.getResponseBody());
		Path keyFile = files.resolve("audit-keys");
		Files.writeString(keyFile, "test=" + TestDatabaseContextCustomizerFactory.AUDIT_KEY + "\n");

		assertThat(verifyOffline(log, forged, keyFile)).startsWith("1 Audit log BROKEN")
			.contains("Checkpoint " + original.id(), "does not match its content");
	}

	@Test
	void a_file_that_is_not_an_exported_log_is_refused_with_the_reason() throws IOException {
		Path log = files.resolve("not-a-log.csv");
		Files.writeString(log, "id,when\n1,yesterday\n");
		Path checkpoint = files.resolve("checkpoint.txt");
		Files.writeString(checkpoint, createCheckpoint(null));

		assertThat(verifyOffline(log, checkpoint, null)).startsWith("2 Cannot verify: Not an exported audit log");
	}

	@Test
	void only_auditors_and_administrators_export_the_log_or_make_checkpoints() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.build()
			.get()
			.uri("/exports/audit/audit-log.csv")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		exportedLog("checkpoint-preparer", "prepares-tables").expectStatus().isForbidden();
		graphQl("checkpoint-preparer", "prepares-tables").document(CREATE)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	@Test
	void a_note_longer_than_the_limit_is_refused_naming_the_field() {
		graphQl("checkpoint-auditor", "keeps-the-anchor").document(CREATE)
			.variable("note", "x".repeat(501))
			.execute()
			.path("createAuditCheckpoint.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).startsWith("note: at most 500 characters"));
	}

	private String createCheckpoint(String note) {
		return graphQl("checkpoint-auditor", "keeps-the-anchor").document(CREATE)
			.variable("note", note)
			.execute()
			.path("createAuditCheckpoint.checkpoint.document")
			.entity(String.class)
			.get();
	}

	/**
	 * The attacker, as the database's owner, rewrites an entry and re-hashes the tail,
	 * and rewrites the stored checkpoints to match; the rewritten log is what a later
	 * export would give (the transaction is rolled back afterwards).
	 */
	private void rewriteTheLogAndItsCheckpointsThenExport(long entry, Path export) throws SQLException, IOException {
		TestDatabase.Connection database = TestDatabase.connection();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password())) {
			connection.setAutoCommit(false);
			DSLContext owner = DSL.using(connection, SQLDialect.POSTGRES);
			AuditTampering.rewriteAndRehashFrom(owner, entry, "rewritten");
			owner.execute("delete from audit_checkpoint");
			try (OutputStream out = Files.newOutputStream(export)) {
				AuditLogCsv.write(new AuditLog(owner, keys)::readChain, out);
			}
			connection.rollback();
		}
	}

	private static String verifyOffline(Path log, Path checkpoint, Path keyFile) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] args = (keyFile != null)
				? new String[] { "--verify-audit-export=" + log, "--checkpoint=" + checkpoint,
						"--audit-key-file=" + keyFile }
				: new String[] { "--verify-audit-export=" + log, "--checkpoint=" + checkpoint };
		int exitCode = OfflineAuditVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
		return exitCode + " " + out.toString(StandardCharsets.UTF_8);
	}

	private WebTestClient.ResponseSpec exportedLog(String username, String password) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.build()
			.get()
			.uri("/exports/audit/audit-log.csv")
			.headers((headers) -> headers.setBasicAuth(username, password))
			.exchange();
	}

	private HttpGraphQlTester graphQl(String username, String password) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> headers.setBasicAuth(username, password))
			.build());
	}

}
