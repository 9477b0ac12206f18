package uk.nhs.leaguetables.organisation.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.organisation.RegistryAdministrationService;
import uk.nhs.leaguetables.organisation.RegistryChange;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisations view in a real browser lists the real NHS trusts from PostgreSQL,
 * filters them, and lets administrators (only) correct an entry.
 */
class OrganisationsViewIT extends BrowserTest {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	RegistryAdministrationService registry;

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

	@Test
	void an_administrator_corrects_a_registry_entry_with_a_reason_and_an_auditor_cannot() {
		Organisation original = organisations.findByCode("RRU").orElseThrow();
		try {
			signInAs("registry-admin", Role.ADMIN);
			open("/organisations");
			WebElement search = waitFor(By.cssSelector("vaadin-text-field input"));
			search.sendKeys("RRU");
			WebElement grid = waitFor(By.tagName("vaadin-grid"));
			wait.until((driver) -> grid.getText().contains("London Ambulance Service NHS Trust")
					&& !grid.getText().contains("Airedale"));
			press("Edit…");
			WebElement postcode = waitFor(By.cssSelector("#registry-postcode input"));
			postcode.clear();
			postcode.sendKeys("SE1 7JF");
			press("Save");
			waitForText("reason: a change to the registry needs a reason");
			browser.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Headquarters moved");
			screenshot("organisation-edit");
			press("Save");
			waitForText("Saved RRU");
			assertThat(organisations.findByCode("RRU").orElseThrow().postcode()).isEqualTo("SE1 7JF");

			signInAs("registry-auditor", Role.AUDITOR);
			open("/organisations");
			waitFor(By.tagName("vaadin-grid"));
			assertThat(browser.findElements(By.tagName("vaadin-button")).stream().map(WebElement::getText))
				.doesNotContain("Edit…");
		}
		finally {
			SystemActor.runAs("registry-admin", Role.ADMIN,
					() -> registry.update("RRU", RegistryChange.of(original), "Test over: restoring the entry"));
		}
	}

}
