package uk.nhs.leaguetables.review.ui;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.SegmentDecision;
import uk.nhs.leaguetables.publication.SegmentDecisionService;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approver reviewing a draft places an organisation in the Recovery Support Programme:
 * a justification that is too short is refused in the dialog, a proper one is recorded,
 * and the draft it made out of date is discarded. The ambulance table of 2021/22 Q4, a
 * quarter no other test uses.
 */
class SegmentDecisionDialogIT extends BrowserTest {

	private static final String QUARTER = "2021/22 Q4";

	@Autowired
	DemoLeagueTables tables;

	@Autowired
	SegmentDecisionService decisions;

	@Test
	void an_approver_records_a_segment_decision_from_the_draft() {
		tables.calculate(QUARTER, League.AMBULANCE, "2024/25 Q2");
		signInAs("decision-approver", Role.APPROVER);
		open("/review?league=AMBULANCE&period=2021%2F22%20Q4");
		waitFor(By.id("draft-table"));

		press("Decide…");
		waitFor(By.tagName("vaadin-radio-button"));
		press(browser.findElements(By.tagName("vaadin-radio-button"))
			.stream()
			.filter((option) -> option.getText().startsWith("Recovery Support Programme"))
			.findFirst()
			.orElseThrow());
		WebElement justification = browser.findElement(By.cssSelector("vaadin-text-area textarea"));
		justification.sendKeys("Too short");
		press("Record decision");
		waitForText("justification of at least 10 characters");
		screenshot("segment-decision-refused");

		justification.sendKeys(": agreed by the regional support group on 3 June");
		press("Record decision");
		waitForText("the draft was discarded: recalculate the table");
		screenshot("segment-decision-recorded");

		List<SegmentDecision> recorded = SystemActor.callAs("decision-auditor", Role.AUDITOR,
				() -> decisions.list(QUARTER, League.AMBULANCE, false));
		assertThat(recorded).singleElement().satisfies((decision) -> {
			assertThat(decision.kind()).isEqualTo(SegmentDecisionKind.RECOVERY_SUPPORT);
			assertThat(decision.decidedBy()).isEqualTo("decision-approver");
			assertThat(decision.justification()).isEqualTo("Too short: agreed by the regional support group on 3 June");
		});
	}

}
