package uk.nhs.leaguetables.leaguetable.ui;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.SegmentDecisionService;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;
import uk.nhs.leaguetables.testsupport.TestPeriods;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The league table view in a real browser: the navigation, and a published table with its
 * segmentation and an organisation in the Recovery Support Programme, also seen in review
 * beside a draft. The ambulance tables of 2020/21 Q3 (published) and Q4 (a draft),
 * quarters no other test uses; London Ambulance Service is in the Recovery Support
 * Programme in both.
 */
class LeagueTableViewIT extends BrowserTest {

	private static final String PUBLISHED = "2020/21 Q3";

	private static final String DRAFT = "2020/21 Q4";

	private static final String IN_RECOVERY_SUPPORT = "RRU";

	private static final String POOLED = "pooled over ACUTE, NON_ACUTE, AMBULANCE.";

	@Autowired
	DemoLeagueTables tables;

	@Autowired
	SegmentDecisionService decisions;

	@Autowired
	DSLContext dsl;

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

	@Test
	void tables_show_their_pooled_cut_offs_and_mark_the_recovery_support_programme() {
		placeInRecoverySupport(PUBLISHED);
		tables.publish(PUBLISHED, League.AMBULANCE, "2024/25 Q1");
		placeInRecoverySupport(DRAFT);
		tables.calculate(DRAFT, League.AMBULANCE, "2024/25 Q2");
		signInAs("auditor-segmentation", Role.AUDITOR);

		open("/review?league=AMBULANCE&period=2020%2F21%20Q4");
		WebElement draft = waitFor(By.id("draft-table"));
		wait.until((driver) -> draft.getText().contains("RSP, support segment 5"));
		assertThat(waitFor(By.id("draft-segmentation")).getText())
			.startsWith("Segmentation: POOLED_QUARTILES, cut-offs ")
			.endsWith(POOLED);
		assertThat(waitFor(By.id("published-segmentation")).getText()).endsWith(POOLED);
		assertThat(waitFor(By.id("published-table")).getText()).contains("RSP, support segment 5");
		screenshot("review-segmentation-and-recovery-support");

		WebElement explain = wait.until((driver) -> driver.findElements(By.tagName("vaadin-button"))
			.stream()
			.filter((button) -> String.valueOf(button.getAttribute("aria-label"))
				.startsWith("Explain London Ambulance"))
			.findFirst()
			.orElse(null));
		press(explain);
		waitForText("Domain segment");
		assertThat(browser.getPageSource()).contains("RSP: in the Recovery Support Programme, support segment 5",
				"Access to services");
		screenshot("explanation-domains-and-recovery-support");
		new Actions(browser).sendKeys(Keys.ESCAPE).perform();

		open("/league-tables");
		WebElement league = waitFor(By.cssSelector("vaadin-combo-box input"));
		league.sendKeys(Keys.chord(Keys.CONTROL, "a"), "AMBULANCE");
		waitFor(By.tagName("vaadin-combo-box-item"));
		league.sendKeys(Keys.ENTER);
		WebElement segmentation = waitFor(By.id("segmentation"));
		wait.until((driver) -> segmentation.getText().endsWith(POOLED));
		assertThat(segmentation.getText()).startsWith("Segmentation: POOLED_QUARTILES, cut-offs ");
		WebElement grid = waitFor(By.tagName("vaadin-grid"));
		wait.until((driver) -> grid.getText().contains("RSP, support segment 5"));
		screenshot("league-table-segmentation-and-recovery-support");
	}

	private void placeInRecoverySupport(String period) {
		TestPeriods.open(dsl, period, uk.nhs.leaguetables.db.enums.League.AMBULANCE);
		SystemActor.runAs("segmentation-approver", Role.APPROVER,
				() -> decisions.record(period, IN_RECOVERY_SUPPORT, SegmentDecisionKind.RECOVERY_SUPPORT, null,
						"Agreed by the regional support group for the console test"));
	}

}
