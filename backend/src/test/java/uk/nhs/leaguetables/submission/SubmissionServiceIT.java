package uk.nhs.leaguetables.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;
import uk.nhs.leaguetables.submission.domain.ValidationRule;

import uk.nhs.leaguetables.testsupport.SecondPreparer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.CURRENT_METRIC_VALUE;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION_ROW;

/**
 * Submissions against real PostgreSQL: every rule with a file that breaks it, acceptance,
 * idempotency and the all-or-nothing guarantee. Each test runs in a transaction that is
 * rolled back, except where the test is about transactions itself.
 */
@SpringBootTest
@WithMockUser(username = "preparer", roles = { "PREPARER", "SUBMITTER" })
@Transactional
class SubmissionServiceIT {

	private static final String HEADER = "period,organisation_code,metric_id,value,numerator,denominator,category,score,status,reporting_date,comment\n";

	private static final String PERIOD = "2025/26 Q2";

	@Autowired
	SubmissionService submissions;

	@Autowired
	DSLContext dsl;

	@Autowired
	UserAccountRepository users;

	@Test
	void a_clean_file_is_validated_then_accepted_into_the_period() {
		SubmissionReport validated = submit("""
				2025/26 Q2,RJ1,OF0013,,7412,10000,,,,,A&E sitrep Jul-Sep
				2025/26 Q2,RJ1,OF0067,,,,Good,,,,
				2025/26 Q2,RJ1,OF0106,,,,,2.5,,,Plan missed by 3 points
				2025/26 Q2,RRK,OF0013,71.5,,,,,,,
				""");

		assertThat(validated.status()).isEqualTo("VALIDATED");
		assertThat(validated.rowCount()).isEqualTo(4);
		assertThat(validated.errorCount()).isZero();
		// acute trusts have more mandatory metrics than these
		assertThat(validated.issues()).extracting(ValidationIssue::rule)
			.containsOnly(ValidationRule.MISSING_MANDATORY_METRICS);

		assertThatThrownBy(() -> SecondPreparer.accept(submissions, validated.submissionId(), false))
			.isInstanceOf(SubmissionException.class)
			.hasMessageContaining("acknowledge them");
		SubmissionReport accepted = SecondPreparer.accept(submissions, validated.submissionId(), true);

		assertThat(accepted.status()).isEqualTo("ACCEPTED");
		var value = dsl.fetchSingle(CURRENT_METRIC_VALUE, CURRENT_METRIC_VALUE.PERIOD_CODE.eq(PERIOD),
				CURRENT_METRIC_VALUE.ORGANISATION_CODE.eq("RJ1"), CURRENT_METRIC_VALUE.METRIC_CODE.eq("OF0013"));
		assertThat(value.getValue()).isEqualByComparingTo("74.12");
		assertThat(value.getNumerator()).isEqualByComparingTo("7412");
		assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SUBMISSION_ACCEPTED"),
				AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(validated.submissionId()))))
			.isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			MALFORMED_PERIOD              | 2025-26 Q2,RJ1,OF0013,74,,,,,,,
			PERIOD_MISMATCH               | 2025/26 Q1,RJ1,OF0013,74,,,,,,,
			UNKNOWN_ORGANISATION          | 2025/26 Q2,ZZZ,OF0013,74,,,,,,,
			ORGANISATION_NOT_ASSESSED     | 2025/26 Q2,RQF,OF0013,74,,,,,,,
			UNKNOWN_METRIC                | 2025/26 Q2,RJ1,OF9999,74,,,,,,,
			METRIC_NOT_APPLICABLE         | 2025/26 Q2,RJ1,OF0016,74,,,,,,,
			INVALID_STATUS                | 2025/26 Q2,RJ1,OF0013,,,,,,LATE,,
			MISSING_VALUE                 | 2025/26 Q2,RJ1,OF0013,,,,,,,,
			AMBIGUOUS_VALUE               | 2025/26 Q2,RJ1,OF0013,74,74,100,,,,,
			VALUE_NOT_EXPECTED            | 2025/26 Q2,RJ1,OF0013,74,,,,,NOT_SUBMITTED,,
			MALFORMED_NUMBER              | 2025/26 Q2,RJ1,OF0013,"74,1",,,,,,,
			MALFORMED_DATE                | 2025/26 Q2,RJ1,OF0013,74,,,,,,31/07/2025,
			INCOMPLETE_RATIO              | 2025/26 Q2,RJ1,OF0013,,74,,,,,,
			RATIO_NOT_ACCEPTED            | 2025/26 Q2,RJ1,OF0020,,3,10,,,,,
			ZERO_DENOMINATOR              | 2025/26 Q2,RJ1,OF0013,,0,0,,,,,
			NUMERATOR_EXCEEDS_DENOMINATOR | 2025/26 Q2,RJ1,OF0013,,120,100,,,,,
			OUT_OF_RANGE                  | 2025/26 Q2,RJ1,OF0013,100.1,,,,,,,
			UNKNOWN_CATEGORY              | 2025/26 Q2,RJ1,OF0067,,,,Brilliant,,,,
			SCORE_OUT_OF_RANGE            | 2025/26 Q2,RJ1,OF0106,,,,,0.5,,,why
			JUSTIFICATION_REQUIRED        | 2025/26 Q2,RJ1,OF0106,,,,,2,,,
			""")
	void each_row_rule_is_reported_with_row_column_and_value(ValidationRule rule, String line) {
		SubmissionReport report = submit(line + "\n");

		assertThat(report.errorCount()).isPositive();
		assertThat(report.issues()).anySatisfy((issue) -> {
			assertThat(issue.rule()).isEqualTo(rule);
			assertThat(issue.row()).isEqualTo(2);
			assertThat(issue.column()).isNotBlank();
		});
		assertThat(dsl.fetchCount(SUBMISSION_ROW, SUBMISSION_ROW.SUBMISSION_ID.eq(report.submissionId()))).isZero();
		assertThatThrownBy(() -> SecondPreparer.accept(submissions, report.submissionId(), true))
			.isInstanceOf(SubmissionException.class)
			.hasMessageContaining("errors");
	}

	@Test
	@WithMockUser(username = "guys-system", roles = "SUBMITTER")
	void a_submitter_tied_to_a_trust_submits_only_for_it() {
		users.create("guys-system", "Guy's and St Thomas' data feed", null, "RJ1", java.util.Set.of(Role.SUBMITTER),
				"test");

		SubmissionReport report = submit("""
				2025/26 Q2,RJ1,OF0013,74,,,,,,,
				2025/26 Q2,RRK,OF0013,71,,,,,,,
				""");

		assertThat(report.issues()).filteredOn((issue) -> issue.severity().name().equals("ERROR"))
			.singleElement()
			.satisfies((issue) -> {
				assertThat(issue.rule()).isEqualTo(ValidationRule.ORGANISATION_NOT_PERMITTED);
				assertThat(issue.row()).isEqualTo(3);
			});
		assertThatThrownBy(() -> submissions.accept(report.submissionId(), true))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "someone", roles = "AUDITOR")
	void an_auditor_cannot_submit() {
		assertThatThrownBy(() -> submit("2025/26 Q2,RJ1,OF0013,74,,,,,,,\n"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void a_closed_trust_cannot_submit() {
		// the 2025 ICB QMJ closed on 31 March 2026; ICBs belong to no 2025/26 league
		// either, the closure is reported
		// first
		SubmissionReport report = submit("2025/26 Q2,QMJ,OF0013,74,,,,,,,\n", "2026/27 Q1");

		assertThat(report.issues()).extracting(ValidationIssue::rule).contains(ValidationRule.CLOSED_ORGANISATION);
	}

	@Test
	void a_header_without_required_columns_or_with_unknown_ones_is_an_error() {
		SubmissionReport report = submitRaw("period,organisation,metric_id,vaule\n2025/26 Q2,RJ1,OF0013,74\n");

		assertThat(report.issues()).extracting(ValidationIssue::rule)
			.contains(ValidationRule.MISSING_COLUMN, ValidationRule.UNKNOWN_COLUMN);
	}

	@Test
	void an_empty_file_is_an_error() {
		assertThat(submitRaw(HEADER).issues()).extracting(ValidationIssue::rule)
			.containsExactly(ValidationRule.EMPTY_FILE);
	}

	@Test
	void the_same_organisation_and_metric_twice_is_a_duplicate() {
		SubmissionReport report = submit("""
				2025/26 Q2,RJ1,OF0013,74,,,,,,,
				2025/26 Q2,RJ1,OF0013,75,,,,,,,
				""");

		assertThat(report.issues()).filteredOn((issue) -> issue.rule() == ValidationRule.DUPLICATE_ROW)
			.singleElement()
			.satisfies((issue) -> {
				assertThat(issue.row()).isEqualTo(3);
				assertThat(issue.message()).contains("of row 2");
			});
	}

	@Test
	void a_value_already_accepted_is_replaced_only_by_a_correction() {
		acceptAll(submit("2025/26 Q2,RJ1,OF0013,74,,,,,,,\n"));

		SubmissionReport conflicting = submit("2025/26 Q2,RJ1,OF0013,76,,,,,,,Revised\n");
		assertThat(conflicting.issues()).extracting(ValidationIssue::rule)
			.contains(ValidationRule.CONFLICTS_WITH_ACCEPTED);

		SubmissionReport correction = submissions.submit(
				new SubmissionRequest(PERIOD, SubmissionSource.UPLOAD, SubmissionFormat.CSV, "correction.csv",
						"Sitrep resubmitted by the trust"),
				csv(HEADER + "2025/26 Q2,RJ1,OF0013,76,,,,,,,Revised again\n"));
		assertThat(correction.errorCount()).isZero();
		acceptAll(correction);

		var current = dsl.fetchSingle(CURRENT_METRIC_VALUE, CURRENT_METRIC_VALUE.PERIOD_CODE.eq(PERIOD),
				CURRENT_METRIC_VALUE.ORGANISATION_CODE.eq("RJ1"), CURRENT_METRIC_VALUE.METRIC_CODE.eq("OF0013"));
		assertThat(current.getValue()).isEqualByComparingTo("76");
		assertThat(current.getSubmissionId()).isEqualTo(correction.submissionId());
	}

	@Test
	void a_big_change_against_the_previous_quarter_is_a_warning() {
		acceptAll(submissions.submit(
				new SubmissionRequest("2025/26 Q1", SubmissionSource.UPLOAD, SubmissionFormat.CSV, "q1.csv", null),
				csv(HEADER + "2025/26 Q1,RJ1,OF0013,80,,,,,,,\n")));

		SubmissionReport report = submit("2025/26 Q2,RJ1,OF0013,30,,,,,,,\n");

		assertThat(report.issues())
			.filteredOn((issue) -> issue.rule() == ValidationRule.OUTLIER_AGAINST_PREVIOUS_QUARTER)
			.singleElement()
			.satisfies((issue) -> assertThat(issue.message()).contains("from 80", "2025/26 Q1", "to 30", "-62.5%"));
	}

	@Test
	void missing_mandatory_metrics_are_listed_per_organisation() {
		SubmissionReport report = submit("2025/26 Q2,RDY,OF0016,80,,,,,,,\n");

		assertThat(report.issues()).filteredOn((issue) -> issue.rule() == ValidationRule.MISSING_MANDATORY_METRICS)
			.singleElement()
			.satisfies((issue) -> {
				assertThat(issue.value()).isEqualTo("RDY");
				assertThat(issue.message()).contains("OF0082").doesNotContain("OF0016");
			});
	}

	@Test
	void the_same_file_twice_is_loaded_once() {
		String body = HEADER + "2025/26 Q2,RJ1,OF0013,74,,,,,,,\n";
		SubmissionReport first = submissions.submit(request("twice.csv"), csv(body));
		SubmissionReport second = submissions.submit(request("twice-renamed.csv"), csv(body));

		assertThat(second.alreadyLoaded()).isTrue();
		assertThat(second.submissionId()).isEqualTo(first.submissionId());
		assertThat(dsl.fetchCount(SUBMISSION,
				SUBMISSION.CHECKSUM_SHA256
					.eq(dsl.fetchSingle(SUBMISSION, SUBMISSION.ID.eq(first.submissionId())).getChecksumSha256())))
			.isEqualTo(1);
	}

	@Test
	void a_file_with_a_byte_order_mark_reads_like_one_without() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = (HEADER + "2025/26 Q2,RJ1,OF0013,74,,,,,,,\n").getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, withBom, 0, bom.length);
		System.arraycopy(body, 0, withBom, bom.length, body.length);

		SubmissionReport report = submissions.submit(request("bom.csv"), new ByteArrayInputStream(withBom));

		assertThat(report.issues()).extracting(ValidationIssue::rule)
			.doesNotContain(ValidationRule.MISSING_COLUMN, ValidationRule.UNKNOWN_COLUMN);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void invalid_utf8_is_refused_and_nothing_is_stored() {
		int before = dsl.fetchCount(SUBMISSION);
		byte[] latin1 = (HEADER + "2025/26 Q2,RJ1,OF0013,74,,,,,,,Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> submissions.submit(request("latin1.csv"), new ByteArrayInputStream(latin1)))
			.isInstanceOf(UnreadableSubmissionException.class)
			.hasMessageContaining("not valid UTF-8");
		assertThat(dsl.fetchCount(SUBMISSION)).isEqualTo(before);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void a_failure_halfway_through_a_large_file_leaves_nothing_behind() {
		int submissionsBefore = dsl.fetchCount(SUBMISSION);
		int rowsBefore = dsl.fetchCount(SUBMISSION_ROW);
		// 10,000 good rows are staged in batches before the unterminated quote on the
		// last line breaks the file
		String goodRows = "2025/26 Q2,RJ1,OF0013,74,,,,,,,\n".repeat(10_000);

		assertThatThrownBy(() -> submit(goodRows + "2025/26 Q2,RJ1,OF0013,74,,,,,,,\"unterminated\n"))
			.isInstanceOf(UnreadableSubmissionException.class)
			.hasMessageContaining("after row 10001");
		assertThat(dsl.fetchCount(SUBMISSION)).isEqualTo(submissionsBefore);
		assertThat(dsl.fetchCount(SUBMISSION_ROW)).isEqualTo(rowsBefore);
	}

	@Test
	void a_rejected_submission_needs_a_reason_and_cannot_be_accepted_afterwards() {
		SubmissionReport report = submit("2025/26 Q2,RJ1,OF0013,74,,,,,,,\n");

		assertThatThrownBy(() -> submissions.reject(report.submissionId(), " ")).hasMessageContaining("needs a reason");
		assertThat(submissions.reject(report.submissionId(), "Wrong quarter").status()).isEqualTo("REJECTED");
		assertThatThrownBy(() -> SecondPreparer.accept(submissions, report.submissionId(), true))
			.hasMessageContaining("already rejected by preparer");
	}

	@Test
	void the_report_downloads_as_spreadsheet_safe_csv() {
		SubmissionReport report = submit("2025/26 Q2,RJ1,OF0013,=HYPERLINK(\"http://evil\"),,,,,,,\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		submissions.writeReportCsv(report.submissionId(), out);

		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("row,column,value,rule,severity,message")
			.contains("2,value,\"'=HYPERLINK(\"\"http://evil\"\")\",MALFORMED_NUMBER,ERROR");
	}

	private SubmissionReport submit(String rows) {
		return submit(rows, PERIOD);
	}

	private SubmissionReport submit(String rows, String period) {
		return submissions.submit(
				new SubmissionRequest(period, SubmissionSource.UPLOAD, SubmissionFormat.CSV, "test.csv", null),
				csv(HEADER + rows));
	}

	private SubmissionReport submitRaw(String content) {
		return submissions.submit(request("raw.csv"), csv(content));
	}

	private void acceptAll(SubmissionReport report) {
		SecondPreparer.accept(submissions, report.submissionId(), true);
	}

	private static SubmissionRequest request(String fileName) {
		return new SubmissionRequest(PERIOD, SubmissionSource.UPLOAD, SubmissionFormat.CSV, fileName, null);
	}

	private static InputStream csv(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

}
