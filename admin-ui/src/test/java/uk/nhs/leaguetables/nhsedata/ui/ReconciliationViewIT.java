package uk.nhs.leaguetables.nhsedata.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.nhsedata.ImportRequest;
import uk.nhs.leaguetables.nhsedata.ImportResult;
import uk.nhs.leaguetables.nhsedata.NhsEnglandImportService;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.SecondPreparer;
import uk.nhs.leaguetables.testsupport.TestPeriods;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor compares a calculated ambulance table with NHS England's publication: the
 * published Q1 2025/26 ambulance rows, imported as 2019/20 Q2 (a quarter no other console
 * test uses), accepted and calculated.
 */
class ReconciliationViewIT extends BrowserTest {

	private static final String QUARTER = "2019/20 Q2";

	@Autowired
	DSLContext dsl;

	@Autowired
	NhsEnglandImportService imports;

	@Autowired
	SubmissionService submissions;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	CalculationService calculations;

	@Test
	void an_auditor_sees_how_many_items_match_and_the_differences_first() throws Exception {
		TestPeriods.open(dsl, QUARTER, League.AMBULANCE);
		String published = new ClassPathResource("nhse/nhse_nof_trust_data_2025-26_Q1-Q3_ambulance.csv")
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> line.startsWith("Quarter") || line.startsWith("Q1 2025/26"))
			.map((line) -> line.replace("Q1 2025/26", "Q2 2019/20"))
			.collect(Collectors.joining("\n", "", "\n"));
		SystemActor.runAs("preparer-reconciliation", Role.PREPARER, () -> {
			ImportResult imported = imports.importTrustData(
					new ImportRequest("ambulance.csv", SubmissionFormat.CSV,
							uk.nhs.leaguetables.organisation.League.AMBULANCE, QUARTER, null),
					published.getBytes(StandardCharsets.UTF_8));
			SecondPreparer.accept(submissions, imported.submissions().getFirst().submissionId(), true);
			workflow.lockData(QUARTER, uk.nhs.leaguetables.organisation.League.AMBULANCE);
			calculations.calculate(QUARTER, uk.nhs.leaguetables.organisation.League.AMBULANCE);
		});

		signInAs("auditor-reconciliation", Role.AUDITOR);
		open("/reconciliation?period=" + URLEncoder.encode(QUARTER, StandardCharsets.UTF_8) + "&league=AMBULANCE");
		try {
			waitForText("items match");
		}
		finally {
			screenshot("reconciliation");
		}
		assertThat(browser.getPageSource()).contains("beside NHS England's publication, revision 1");
		List<WebElement> grids = browser.findElements(By.tagName("vaadin-grid"));
		// per item: staff survey advocacy is ranked within the league, as NHS England
		// does
		assertThat(grids.get(0).getText()).contains("OF1017", "OF1047");
		// per organisation: only the differences
		assertThat(grids.get(1).getText()).contains("differs").doesNotContain("matches");
	}

}
