package uk.nhs.leaguetables.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the audit keys come from: generated once beside the embedded database, required
 * with a database of the operator's own, and rotated by adding a key.
 */
class AuditKeyConfigurationTest {

	private static final String KEY_A = Base64.getEncoder().encodeToString("a".repeat(32).getBytes());

	private static final String KEY_B = Base64.getEncoder().encodeToString("b".repeat(32).getBytes());

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(AuditKeyConfiguration.class);

	@Test
	void on_the_embedded_database_a_key_is_generated_once_beside_the_data_directory_readable_by_its_owner_only(
			@TempDir Path home) throws Exception {
		ApplicationContextRunner embedded = contexts
			.withPropertyValues("league-tables.embedded-postgres.data-directory=" + home.resolve("postgres-17"));
		Path keyFile = home.resolve("audit-keys");
		String[] generated = new String[1];

		embedded.run((context) -> generated[0] = context.getBean(AuditKeys.class).currentKeyId());
		assertThat(keyFile).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		String content = Files.readString(keyFile);

		embedded.run((context) -> assertThat(context.getBean(AuditKeys.class).currentKeyId()).isEqualTo(generated[0]));
		assertThat(Files.readString(keyFile)).as("the key is generated once").isEqualTo(content);
	}

	@Test
	void a_server_with_its_own_database_and_no_key_refuses_to_start_naming_the_settings() {
		contexts.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/leaguetables")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("No audit key is configured")
				.hasMessageContaining("league-tables.audit.key-file")
				.hasMessageContaining("league-tables.audit.keys"));
	}

	@Test
	void a_key_shorter_than_32_bytes_is_refused() {
		contexts
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/leaguetables",
					"league-tables.audit.keys.short=" + Base64.getEncoder().encodeToString("too short".getBytes()))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Audit key 'short' has 9 bytes; an audit key must have at least 32"));
	}

	@Test
	void a_key_appended_to_the_key_file_becomes_current_and_the_earlier_one_stays_known(@TempDir Path directory)
			throws Exception {
		Path keyFile = directory.resolve("keys");
		Files.writeString(keyFile, "# rotated yearly\nk2026=" + KEY_A + "\n\nk2027=" + KEY_B + "\n");

		contexts
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/leaguetables",
					"league-tables.audit.key-file=" + keyFile)
			.run((context) -> {
				AuditKeys keys = context.getBean(AuditKeys.class);
				assertThat(keys.currentKeyId()).isEqualTo("k2027");
				assertThat(keys.keyIds()).containsExactly("k2026", "k2027");
			});
	}

	@Test
	void several_configured_keys_need_the_current_one_named() {
		ApplicationContextRunner twoKeys = contexts.withPropertyValues(
				"spring.datasource.url=jdbc:postgresql://db.example.org/leaguetables",
				"league-tables.audit.keys.k2026=" + KEY_A, "league-tables.audit.keys.k2027=" + KEY_B);

		twoKeys.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageContaining("set league-tables.audit.current-key"));
		twoKeys.withPropertyValues("league-tables.audit.current-key=k2026")
			.run((context) -> assertThat(context.getBean(AuditKeys.class).currentKeyId()).isEqualTo("k2026"));
	}

}
