package uk.nhs.leaguetables.submission.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preparer uploads a file with deficit-support flags: the valid flag is listed as
 * "Deficit support: yes", the malformed one is in the report by row, column and rule; the
 * submission is then rejected, so nothing stays behind.
 */
class DeficitSupportViewIT extends BrowserTest {

	@Test
	void the_flags_of_a_submission_are_listed_and_a_bad_one_is_reported() throws Exception {
		Path file = Files.createTempFile("flags-", ".csv");
		Files.writeString(file, """
				period,organisation_code,metric_id,value
				2026/27 Q3,RX6,DEFICIT_SUPPORT,1
				2026/27 Q3,RYA,DEFICIT_SUPPORT,maybe
				""");
		signInAs("preparer-flags", Role.PREPARER);
		open("/submissions");
		WebElement quarter = waitFor(By.cssSelector("vaadin-combo-box input"));
		quarter.sendKeys("2026/27 Q3");
		waitFor(By.tagName("vaadin-combo-box-item"));
		quarter.sendKeys(Keys.ENTER);
		wait.until((driver) -> driver.getPageSource().contains("Upload the 2026/27 Q3 file"));

		browser.findElement(By.tagName("vaadin-upload"))
			.getShadowRoot()
			.findElement(By.cssSelector("input[type=file]"))
			.sendKeys(file.toString());

		WebElement flags = waitFor(By.id("deficit-support-flags"));
		try {
			wait.until((driver) -> flags.getText().contains("Deficit support: yes"));
		}
		finally {
			screenshot("submissions-deficit-support");
		}
		assertThat(flags.getText()).contains("RX6").doesNotContain("RYA");
		// the report is the view's first grid
		WebElement report = browser.findElement(By.tagName("vaadin-grid"));
		assertThat(report.getText()).contains("INVALID_FLAG", "maybe", "value");

		browser.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("Flag of RYA is not 1 or 0");
		press("Reject");
		wait.until((driver) -> driver.getPageSource().contains("rejected"));
	}

}
