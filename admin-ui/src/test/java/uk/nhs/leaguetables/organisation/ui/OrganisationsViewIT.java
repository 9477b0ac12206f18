package uk.nhs.leaguetables.organisation.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisations view in a real browser lists the real NHS trusts from PostgreSQL, and
 * filters them.
 */
class OrganisationsViewIT extends BrowserTest {

	@Test
	void lists_the_nhs_trusts_and_finds_one_by_name() {
		signInAs("auditor-browser", Role.AUDITOR);
		open("/organisations");
		WebElement grid = waitFor(By.tagName("vaadin-grid"));
		wait.until((driver) -> grid.getText().contains("Airedale NHS Foundation Trust"));
		assertThat(browser.getTitle()).isEqualTo("Organisations | NHS League Tables");
		screenshot("organisations");

		WebElement search = browser.findElement(By.cssSelector("vaadin-text-field input"));
		search.sendKeys("Guy's");
		wait.until((driver) -> grid.getText().contains("Guy's and St Thomas' NHS Foundation Trust")
				&& !grid.getText().contains("Airedale"));
		assertThat(grid.getText()).contains("RJ1", "London", "NHS South East London Integrated Care Board");
		screenshot("organisations-search");
	}

	@Test
	void sends_anonymous_visitors_to_the_login_view() {
		browser.get(baseUrl() + "/organisations");
		waitFor(By.tagName("vaadin-login-form"));
		assertThat(browser.getTitle()).isEqualTo("Sign in | NHS League Tables");
		screenshot("login");
	}

}
