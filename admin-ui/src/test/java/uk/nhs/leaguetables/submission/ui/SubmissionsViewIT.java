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
 * A preparer uploads a file with a mistake, reads the report that names the row, column
 * and rule, and rejects the submission with a reason; an auditor is not let in.
 */
class SubmissionsViewIT extends BrowserTest {

	@Test
	void a_preparer_uploads_a_file_reads_its_report_and_rejects_it() throws Exception {
		Path file = Files.createTempFile("submission-", ".csv");
		Files.writeString(file, """
				period,organisation_code,metric_id,value
				2026/27 Q3,RX6,OF0082,4.2
				2026/27 Q3,RX6,OF0017,74%
				""");
		signInAs("preparer-browser", Role.PREPARER);
		open("/submissions");
		WebElement quarter = waitFor(By.cssSelector("vaadin-combo-box input"));
		quarter.sendKeys("2026/27 Q3");
		waitFor(By.tagName("vaadin-combo-box-item"));
		quarter.sendKeys(Keys.ENTER);
		// the server has the quarter once the view says so; only then is the upload for
		// it
		wait.until((driver) -> driver.getPageSource().contains("Upload the 2026/27 Q3 file"));

		// the file input lives in the upload component's shadow DOM
		browser.findElement(By.tagName("vaadin-upload"))
			.getShadowRoot()
			.findElement(By.cssSelector("input[type=file]"))
			.sendKeys(file.toString());

		WebElement report = waitFor(By.tagName("vaadin-grid"));
		try {
			wait.until((driver) -> report.getText().contains("MALFORMED_NUMBER"));
		}
		finally {
			screenshot("submissions-report");
		}
		assertThat(report.getText()).contains("74%", "value");

		browser.findElement(By.cssSelector("vaadin-text-field input"))
			.sendKeys("Category 2 time typed as a percentage");
		browser.findElements(By.tagName("vaadin-button"))
			.stream()
			.filter((button) -> button.getText().equals("Reject"))
			.findFirst()
			.orElseThrow()
			.click();
		wait.until((driver) -> driver.getPageSource().contains("rejected"));
		screenshot("submissions-rejected");
	}

	@Test
	void an_auditor_cannot_open_the_submissions_view() {
		signInAs("auditor-submissions", Role.AUDITOR);
		browser.get(baseUrl() + "/submissions");
		wait.until((driver) -> !driver.findElements(By.tagName("vaadin-app-layout")).isEmpty()
				|| driver.getPageSource().contains("Could not navigate"));
		assertThat(browser.findElements(By.cssSelector("vaadin-upload"))).isEmpty();
	}

}
