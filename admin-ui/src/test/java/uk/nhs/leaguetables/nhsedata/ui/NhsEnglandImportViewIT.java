package uk.nhs.leaguetables.nhsedata.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.testsupport.TestPeriods;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preparer imports NHS England's ambulance trust data: a file with a wrong trust code
 * gets a report naming row, column and rule; the corrected file creates a submission,
 * which the link opens for its decision. The published Q1 2025/26 rows are imported as
 * 2024/25 Q4, a quarter no other console test uses. An auditor is not let in.
 */
class NhsEnglandImportViewIT extends BrowserTest {

	private static final String QUARTER = "2024/25 Q4";

	@Autowired
	DSLContext dsl;

	@Test
	void a_preparer_reads_the_report_of_a_bad_file_then_imports_the_good_one_and_opens_its_submission()
			throws Exception {
		TestPeriods.open(dsl, QUARTER, League.AMBULANCE);
		String published = new ClassPathResource("nhse/nhse_nof_trust_data_2025-26_Q1-Q3_ambulance.csv")
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> line.startsWith("Quarter") || line.startsWith("Q1 2025/26"))
			.map((line) -> line.replace("Q1 2025/26", "Q4 2024/25"))
			.collect(Collectors.joining("\n", "", "\n"));
		Path bad = Files.createTempFile("nof-ambulance-bad-", ".csv");
		Files.writeString(bad, published.replace(",RX6,", ",RX0,"));
		Path good = Files.createTempFile("nof-ambulance-", ".csv");
		Files.writeString(good, published);

		signInAs("preparer-nhse-import", Role.PREPARER);
		open("/nhs-england-import");
		WebElement league = waitFor(By.cssSelector("vaadin-combo-box input"));
		league.sendKeys("Ambulance");
		waitFor(By.tagName("vaadin-combo-box-item"));
		league.sendKeys(Keys.ENTER);
		// the server has the league once the view says so; only then is the upload for it
		waitForText("Upload NHS England's ambulance trust data file");

		upload(bad);
		WebElement report = waitFor(By.tagName("vaadin-grid"));
		try {
			wait.until((driver) -> report.getText().contains("UNKNOWN_TRUST"));
		}
		finally {
			screenshot("nhse-import-report");
		}
		assertThat(report.getText()).contains("RX0", "Trust_code");
		waitForText("Nothing was imported");

		upload(good);
		WebElement link = wait.until((driver) -> driver.findElements(By.tagName("a"))
			.stream()
			.filter((anchor) -> anchor.getText().startsWith("submission #"))
			.findFirst()
			.orElse(null));
		screenshot("nhse-import-done");
		assertThat(link.getText()).contains("validated", "101 rows");
		assertThat(browser.getPageSource()).contains("2024/25 Q4: NHS England's reference publication, revision 1");

		press(link);
		waitForText("(validated): 101 rows");
		assertThat(browser.getCurrentUrl()).contains("/submissions?submission=");
		screenshot("nhse-import-submission");
	}

	@Test
	void an_auditor_cannot_open_the_import_view() {
		signInAs("auditor-nhse-import", Role.AUDITOR);
		browser.get(baseUrl() + "/nhs-england-import");
		wait.until((driver) -> !driver.findElements(By.tagName("vaadin-app-layout")).isEmpty()
				|| driver.getPageSource().contains("Could not navigate"));
		assertThat(browser.findElements(By.cssSelector("vaadin-upload"))).isEmpty();
	}

	private void upload(Path file) {
		// the file input lives in the upload component's shadow DOM
		browser.findElement(By.tagName("vaadin-upload"))
			.getShadowRoot()
			.findElement(By.cssSelector("input[type=file]"))
			.sendKeys(file.toString());
	}

}
