package uk.nhs.leaguetables.audit.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit view for auditors: the log with its chain verified, filtered by action, and
 * exported as formula-safe CSV.
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

}
