package uk.nhs.leaguetables.review.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.DemoQuarter;
import uk.nhs.leaguetables.testsupport.TestPeriods;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarter-end in a real browser, screen by screen: a preparer uploads a file with a
 * mistake and rejects it, accepts the fixed file a submitter sent, locks the data and
 * calculates; the four-eyes rule stops them from publishing their own table; an approver
 * publishes it; GraphQL then serves it; an auditor finds every step in the audit log and
 * is offered no action. It runs in 2022/23, which no other test and no seed data uses;
 * 2022/23 Q1 is published beforehand through the services so that the draft has a table
 * to be compared with.
 */
class PublicationFlowIT extends BrowserTest {

	private static final String PREVIOUS = "2022/23 Q1";

	private static final String QUARTER = "2022/23 Q2";

	/** A trust that did not exist in 2022/23. */
	private static final String NOT_YET_OPEN = "G6V2S";

	private static final String REVIEW = "/review?league=ACUTE&period=2022%2F23%20Q2";

	@Autowired
	DSLContext dsl;

	@Autowired
	SubmissionService submissions;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	CalculationService calculations;

	@Autowired
	PublicationService publications;

	@Test
	void a_quarter_goes_from_upload_to_publication_and_the_auditor_sees_every_step() throws Exception {
		publishThePreviousQuarter();
		TestPeriods.open(dsl, QUARTER, uk.nhs.leaguetables.db.enums.League.ACUTE);
		String demoFile = demoQuarter();
		Path mistaken = file(demoFile.replaceFirst("(\\n2022/23 Q2,[A-Z0-9]+,OF0016,)[0-9.]+", "$174%"));
		Path fixed = file(demoFile);

		// the preparer also holds the approver role, so that four eyes can be seen
		// refusing
		signInAs("flow-preparer", Role.PREPARER, Role.APPROVER);
		waitForText("Dashboard");
		screenshot("flow-01-dashboard-preparer");

		open("/submissions");
		chooseQuarter();
		upload(mistaken);
		try {
			waitForText(", 1 error,");
		}
		finally {
			screenshot("flow-02-submission-with-a-mistake");
		}
		browser.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("OF0016 typed as a percentage");
		press("Reject");
		waitForText("(rejected)");

		// four eyes on the data: a trust's submitter sends the fixed file, the preparer
		// accepts it
		long fixedSubmission = SystemActor.callAs("flow-submitter", Role.SUBMITTER, () -> {
			try (var content = Files.newInputStream(fixed)) {
				return submissions.submit(new uk.nhs.leaguetables.submission.SubmissionRequest(QUARTER,
						uk.nhs.leaguetables.submission.SubmissionSource.UPLOAD,
						uk.nhs.leaguetables.submission.SubmissionFormat.CSV, "fixed.csv", null), content);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}).submissionId();
		open("/submissions?submission=" + fixedSubmission);
		WebElement accept = wait.until((driver) -> driver.findElements(By.tagName("vaadin-button"))
			.stream()
			.filter((candidate) -> candidate.isDisplayed() && candidate.getText().startsWith("Accept"))
			.findFirst()
			.orElse(null));
		screenshot("flow-03-fixed-submission-validated");
		press(accept);
		waitForText("(accepted)");

		open(REVIEW);
		press("Lock data");
		waitForText("Data locked: ready to calculate");
		press("Calculate");
		waitForText("Draft of 2022/23 Q2 Acute trusts");
		WebElement draft = waitFor(By.id("draft-table"));
		wait.until((driver) -> draft.getText().contains("place") || draft.getText().contains("same rank"));
		assertThat(browser.getPageSource()).contains("Published 2022/23 Q1 revision 1", "<title",
				"Download “Draft 2022/23 Q2 Acute trusts by segment” (SVG)");
		screenshot("flow-04-review-draft-beside-published");

		// keyboard only: Enter on the focused button opens the explanation, Escape closes
		// it
		button("Explain").sendKeys(Keys.ENTER);
		waitForText("Rank over the published quarters");
		screenshot("flow-05-explanation");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"document.querySelector(\"svg[aria-labelledby^='trend-']\").scrollIntoView({block: 'center'})");
		screenshot("flow-05-explanation-rank-chart");
		new Actions(browser).sendKeys(Keys.ESCAPE).perform();
		wait.until((driver) -> !driver.getPageSource().contains("Rank over the published quarters"));

		press("Approve and publish…");
		waitForText("Output digest (SHA-256)");
		press("Publish revision 1");
		waitForText("another approver must approve it (four eyes)");
		screenshot("flow-06-four-eyes-refusal");
		press("Cancel");

		browser.manage().deleteAllCookies();
		signInAs("flow-approver", Role.APPROVER);
		open(REVIEW);
		press("Approve and publish…");
		waitForText("Output digest (SHA-256)");
		screenshot("flow-07-approve-and-publish");
		press("Publish revision 1");
		waitForText("Published 2022/23 Q2 revision 1");
		screenshot("flow-08-published");

		open("/league-tables");
		waitForText(
				"Revision 1 under NOF-2025/26, prepared by Test user flow-preparer, approved by Test user flow-approver");
		press(waitFor(By.tagName("vaadin-details-summary")));
		waitForText("Download “2022/23 Q2 ACUTE by segment” (SVG)");
		screenshot("flow-09-published-league-table-with-chart");

		HttpResponse<String> api = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
				.header("content-type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"""
								{"query": "{ leagueTable(period: \\"2022/23 Q2\\", league: ACUTE) { revision preparedBy approvedBy rows { rank } } }"}
								"""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(200);
		// display names, not login names, for anonymous clients
		assertThat(api.body()).contains("\"revision\":1", "\"preparedBy\":\"Test user flow-preparer\"",
				"\"approvedBy\":\"Test user flow-approver\"", "\"rank\":1");

		correctThePublishedTable();

		browser.manage().deleteAllCookies();
		signInAs("flow-auditor", Role.AUDITOR);
		open("/audit?period=2022%2F23%20Q2");
		WebElement log = waitFor(By.id("audit-log"));
		waitForText("Hash chain intact");
		waitForText("18 entries match");
		wait.until((driver) -> log.getText().contains("PERIOD_REOPEN"));
		screenshot("flow-12-audit-log");
		String csv = download("Export as CSV");
		assertThat(csv).contains("SUBMISSION_VALIDATED", "SUBMISSION_REJECTED", "OF0016 typed as a percentage",
				"SUBMISSION_WARNINGS_ACKNOWLEDGED", "SUBMISSION_ACCEPTED", "PERIOD_LOCK_DATA", "PERIOD_CALCULATE",
				"TABLE_CALCULATED", "PERIOD_APPROVE", "PERIOD_PUBLISH", "TABLE_PUBLISHED", "PERIOD_REOPEN",
				"A trust resubmitted its A&E figures", "flow-preparer", "flow-approver");

		open(REVIEW);
		waitForText("Published 2022/23 Q2 revision 2");
		assertThat(browser.findElements(By.tagName("vaadin-button")).stream().map(WebElement::getText))
			.doesNotContain("Lock data", "Calculate", "Recalculate", "Reopen…", "Approve and publish…");
		screenshot("flow-13-review-as-auditor");
		browser.get(baseUrl() + "/submissions");
		wait.until((driver) -> !driver.findElements(By.tagName("vaadin-app-layout")).isEmpty()
				|| driver.getPageSource().contains("Could not navigate"));
		assertThat(browser.findElements(By.tagName("vaadin-upload"))).isEmpty();
	}

	/**
	 * A published table is reopened, recalculated and published again as a correction
	 * with its reason.
	 */
	private void correctThePublishedTable() {
		browser.manage().deleteAllCookies();
		signInAs("flow-preparer", Role.PREPARER, Role.APPROVER);
		open(REVIEW);
		press("Reopen…");
		waitFor(By.cssSelector("vaadin-text-area textarea")).sendKeys("A trust resubmitted its A&E figures");
		press("Reopen");
		waitForText("Open: collecting submissions.");
		press("Lock data");
		waitForText("Data locked: ready to calculate");
		press("Calculate");
		waitForText("Draft of 2022/23 Q2 Acute trusts");

		browser.manage().deleteAllCookies();
		signInAs("flow-approver", Role.APPROVER);
		open(REVIEW);
		press("Approve and publish…");
		WebElement reason = waitFor(By.cssSelector("vaadin-text-area textarea"));
		reason.sendKeys("A trust resubmitted its A&E figures");
		screenshot("flow-11-correction-needs-a-reason");
		press("Publish revision 2");
		waitForText("Published 2022/23 Q2 revision 2");
	}

	private void publishThePreviousQuarter() {
		TestPeriods.open(dsl, PREVIOUS, uk.nhs.leaguetables.db.enums.League.ACUTE);
		long[] calculation = new long[1];
		SystemActor.runAs("setup-preparer", Role.PREPARER, () -> {
			DemoQuarter.acceptAs(submissions, "2024/25 Q4", PREVIOUS, NOT_YET_OPEN);
			workflow.lockData(PREVIOUS, League.ACUTE);
			calculation[0] = calculations.calculate(PREVIOUS, League.ACUTE).id();
		});
		SystemActor.runAs("setup-approver", Role.APPROVER, () -> publications.approveAndPublish(calculation[0], null));
	}

	/** The 2025/26 Q1 demo submission as data of the flow's quarter. */
	private static String demoQuarter() throws java.io.IOException {
		return new ClassPathResource("db/seed/demo/submission-2025-26-Q1.csv")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("2025/26 Q1,", QUARTER + ",")
			.lines()
			.filter((line) -> !line.contains("," + NOT_YET_OPEN + ","))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static Path file(String content) throws java.io.IOException {
		Path file = Files.createTempFile("flow-submission-", ".csv");
		Files.writeString(file, content);
		return file;
	}

	private void chooseQuarter() {
		WebElement quarter = waitFor(By.cssSelector("vaadin-combo-box input"));
		quarter.sendKeys(QUARTER);
		waitFor(By.tagName("vaadin-combo-box-item"));
		quarter.sendKeys(Keys.ENTER);
		// the upload is for the quarter only once the server has it
		waitForText("Upload the " + QUARTER + " file");
	}

	private void upload(Path file) {
		browser.findElement(By.tagName("vaadin-upload"))
			.getShadowRoot()
			.findElement(By.cssSelector("input[type=file]"))
			.sendKeys(file.toString());
	}

}
