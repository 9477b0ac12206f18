package uk.nhs.leaguetables.audit.ui;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.nhs.leaguetables.audit.OfflineAuditVerifier;
import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.testsupport.TestDatabaseContextCustomizerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit view for auditors: the log with its chain verified, filtered by action,
 * exported as formula-safe CSV, and downloaded with a checkpoint for offline
 * verification.
 */
class AuditViewIT extends BrowserTest {

	@Test
	void an_auditor_filters_the_log_verifies_the_chain_and_exports_it() {
		signInAs("auditor-log", Role.AUDITOR);
		open("/audit");
		WebElement log = waitFor(By.id("audit-log"));
		waitForText("Hash chain intact");
		waitForText("entries match");

		WebElement action = browser.findElement(By.cssSelector("vaadin-combo-box input"));
		action.sendKeys("FRAMEWORKS_LOADED");
		waitFor(By.tagName("vaadin-combo-box-item"));
		action.sendKeys(org.openqa.selenium.Keys.ENTER);
		waitForText("1 entry matches");
		assertThat(log.getText()).contains("FRAMEWORKS_LOADED", "system");
		screenshot("audit-log-filtered");

		String csv = download("Export as CSV");
		assertThat(csv).startsWith("id,occurred_at,actor,action,").contains("FRAMEWORKS_LOADED");
		assertThat(csv).doesNotContain("REFERENCE_DATA_LOADED");
	}

	@Test
	void an_auditor_downloads_a_checkpoint_and_the_whole_log_which_verify_offline(@TempDir Path files)
			throws Exception {
		signInAs("auditor-offline", Role.AUDITOR);
		open("/audit");
		waitForText("Hash chain intact and sealed");

		Path checkpoint = Files.writeString(files.resolve("checkpoint.txt"),
				download("Create and download a checkpoint"));
		Path log = Files.writeString(files.resolve("audit-log.csv"),
				download("Export the whole log for offline verification"));
		Path keys = Files.writeString(files.resolve("audit-keys"), TestDatabaseContextCustomizerFactory.AUDIT_KEY_ID
				+ "=" + TestDatabaseContextCustomizerFactory.AUDIT_KEY + "\n");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = OfflineAuditVerifier.run(new String[] { "--verify-audit-export=" + log,
				"--checkpoint=" + checkpoint, "--audit-key-file=" + keys },
				new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit log intact").contains("1 checkpoint match");
		assertThat(exitCode).isZero();
	}

}
