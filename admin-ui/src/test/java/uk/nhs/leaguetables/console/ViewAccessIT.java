package uk.nhs.leaguetables.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.nhs.leaguetables.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views refuse users without their roles on the server, whatever the menu shows: typing
 * the address is not a way in.
 */
class ViewAccessIT extends BrowserTest {

	@Test
	void a_submitter_sees_the_dashboard_but_is_refused_the_review_and_the_audit_log() {
		signInAs("submitter-access", Role.SUBMITTER);
		waitForText("Needs your action");
		String navigation = browser.findElement(By.tagName("vaadin-side-nav")).getText();
		assertThat(navigation).contains("Dashboard", "Submissions").doesNotContain("Audit log", "Review and publish");

		for (String path : new String[] { "/review?league=ACUTE", "/audit" }) {
			browser.get(baseUrl() + path);
			wait.until((driver) -> driver.getPageSource().contains("Could not navigate")
					|| !driver.findElements(By.tagName("vaadin-app-layout")).isEmpty());
			assertThat(browser.findElements(By.tagName("vaadin-grid"))).as(path).isEmpty();
			assertThat(browser.findElements(By.tagName("h2")).stream().map((heading) -> heading.getText())).as(path)
				.doesNotContain("Review and publish", "Audit log");
		}
		screenshot("access-refused");
	}

}
