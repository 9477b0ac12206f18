package uk.nhs.leaguetables.leaguetable.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The league table view in a real browser. The test database has no published table
 * unless a test publishes one, so this checks the empty state and the navigation; the
 * published-table path is covered through GraphQL.
 */
class LeagueTableViewIT extends BrowserTest {

	@Test
	void a_signed_in_user_opens_the_league_tables_from_the_navigation() {
		signInAs("auditor-tables", Role.AUDITOR);
		open("/league-tables");
		WebElement heading = waitFor(By.tagName("h2"));

		assertThat(heading.getText()).isEqualTo("League tables");
		assertThat(browser.getTitle()).isEqualTo("League tables | NHS League Tables");
		assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText()).contains("League tables",
				"Organisations");
		screenshot("league-tables");
	}

}
