package uk.nhs.leaguetables.framework.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The metric catalogue of the latest framework version, read only even for an admin. */
class MetricCatalogueViewIT extends BrowserTest {

	@Test
	void an_admin_reads_the_catalogue_and_is_offered_no_editing() {
		signInAs("admin-catalogue", Role.ADMIN);
		open("/metrics");
		WebElement grid = waitFor(By.id("metric-catalogue"));
		wait.until((driver) -> grid.getText().contains("OF0016"));
		waitForText("metrics,");
		assertThat(browser.getTitle()).isEqualTo("Metric catalogue | NHS League Tables");
		assertThat(browser.findElements(By.tagName("vaadin-button")).stream().map(WebElement::getText))
			.containsOnly("Sign out");
		screenshot("metric-catalogue");
	}

}
