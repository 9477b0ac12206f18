package uk.nhs.leaguetables.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.submission.domain.ValidationIssue;
import uk.nhs.leaguetables.submission.domain.ValidationRule;

import uk.nhs.leaguetables.testsupport.SecondPreparer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.CURRENT_DEFICIT_SUPPORT;
import static uk.nhs.leaguetables.db.Tables.DEFICIT_SUPPORT;
import static uk.nhs.leaguetables.db.Tables.METRIC_VALUE;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION_ROW;

/**
 * Deficit-support flags (DEFICIT_SUPPORT rows) through the submission pipeline on real
 * PostgreSQL: staged, accepted, corrected, audited, refused when malformed, and protected
 * by the database. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@WithMockUser(username = "preparer", roles = { "PREPARER", "SUBMITTER" })
@Transactional
class DeficitSupportSubmissionIT {

	private static final String HEADER = "period,organisation_code,metric_id,value,numerator,denominator,category,score,status,reporting_date,comment\n";

	private static final String PERIOD = "2025/26 Q2";

	@Autowired
	SubmissionService submissions;

	@Autowired
	DSLContext dsl;

	@Test
	void flags_are_rows_of_the_submission_that_become_current_when_it_is_accepted() {
		SubmissionReport validated = submit("""
				2025/26 Q2,RJ1,DEFICIT_SUPPORT,1,,,,,,,Deficit support agreed
				2025/26 Q2,rrk,deficit_support,0,,,,,,,
				""");

		assertThat(validated.rowCount()).isEqualTo(2);
		assertThat(validated.errorCount()).isZero();
		// flags alone do not ask the organisations for their metrics
		assertThat(validated.warningCount()).isZero();
		assertThat(validated.deficitSupport()).containsExactly(new DeficitSupportFlag(2, "RJ1", true),
				new DeficitSupportFlag(3, "RRK", false));
		assertThat(dsl.fetchCount(CURRENT_DEFICIT_SUPPORT, CURRENT_DEFICIT_SUPPORT.PERIOD_CODE.eq(PERIOD),
				CURRENT_DEFICIT_SUPPORT.ORGANISATION_CODE.in("RJ1", "RRK")))
			.as("nothing is current before acceptance")
			.isZero();

		SubmissionReport accepted = SecondPreparer.accept(submissions, validated.submissionId(), false);

		assertThat(accepted.status()).isEqualTo("ACCEPTED");
		assertThat(currentFlag("RJ1").getReceivesDeficitSupport()).isTrue();
		assertThat(currentFlag("RJ1").getComment()).isEqualTo("Deficit support agreed");
		assertThat(currentFlag("RJ1").getSourceRow()).isEqualTo(2);
		assertThat(currentFlag("RRK").getReceivesDeficitSupport()).isFalse();
		assertThat(dsl.fetchCount(METRIC_VALUE, METRIC_VALUE.SUBMISSION_ID.eq(validated.submissionId())))
			.as("flags are not metric values")
			.isZero();
		var audit = dsl.fetchSingle(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SUBMISSION_ACCEPTED"),
				AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(validated.submissionId())));
		assertThat(audit.getAfterState().data().replace(" ", "")).contains("\"values\":0", "\"deficitSupportFlags\":2",
				"\"receivingDeficitSupport\":1");
	}

	@Test
	void values_and_flags_travel_together_and_the_audit_counts_each() {
		SubmissionReport validated = submit("""
				2025/26 Q2,RJ1,OF0013,74,,,,,,,
				2025/26 Q2,RJ1,DEFICIT_SUPPORT,1,,,,,VALUE,,
				""");

		SecondPreparer.accept(submissions, validated.submissionId(), true);

		assertThat(dsl.fetchCount(METRIC_VALUE, METRIC_VALUE.SUBMISSION_ID.eq(validated.submissionId()))).isOne();
		assertThat(dsl.fetchCount(DEFICIT_SUPPORT, DEFICIT_SUPPORT.SUBMISSION_ID.eq(validated.submissionId()))).isOne();
		assertThat(dsl
			.fetchSingle(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SUBMISSION_ACCEPTED"),
					AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(validated.submissionId())))
			.getAfterState()
			.data()
			.replace(" ", "")).contains("\"values\":1", "\"deficitSupportFlags\":1");
	}

	@Test
	void an_accepted_flag_is_replaced_only_by_a_correction_and_the_latest_one_counts() {
		SubmissionReport first = submit("2025/26 Q2,RJ1,DEFICIT_SUPPORT,1,,,,,,,\n");
		SecondPreparer.accept(submissions, first.submissionId(), false);

		SubmissionReport conflicting = submit("2025/26 Q2,RJ1,DEFICIT_SUPPORT,0,,,,,,,Support ended\n");
		assertThat(conflicting.issues()).filteredOn((issue) -> issue.rule() == ValidationRule.CONFLICTS_WITH_ACCEPTED)
			.singleElement()
			.satisfies((issue) -> {
				assertThat(issue.row()).isEqualTo(2);
				assertThat(issue.column()).isEqualTo("metric_id");
				assertThat(issue.message()).contains("RJ1 DEFICIT_SUPPORT", "submission #" + first.submissionId());
			});

		SubmissionReport correction = submissions.submit(
				new SubmissionRequest(PERIOD, SubmissionSource.UPLOAD, SubmissionFormat.CSV, "correction.csv",
						"Deficit support ended in the quarter"),
				csv(HEADER + "2025/26 Q2,RJ1,DEFICIT_SUPPORT,0,,,,,,,Support ended in August\n"));
		assertThat(correction.errorCount()).isZero();
		SecondPreparer.accept(submissions, correction.submissionId(), false);

		assertThat(currentFlag("RJ1").getReceivesDeficitSupport()).isFalse();
		assertThat(currentFlag("RJ1").getSubmissionId()).isEqualTo(correction.submissionId());
		assertThat(dsl.fetchCount(DEFICIT_SUPPORT, DEFICIT_SUPPORT.PERIOD_CODE.eq(PERIOD),
				DEFICIT_SUPPORT.ORGANISATION_CODE.eq("RJ1")))
			.as("the earlier flag stays in the history")
			.isEqualTo(2);
	}

	@Test
	void bad_flag_rows_are_reported_by_row_column_and_rule_and_nothing_is_stored() {
		SubmissionReport report = submit("""
				2025/26 Q2,RJ1,DEFICIT_SUPPORT,yes,,,,,,,
				2025/26 Q2,RRK,DEFICIT_SUPPORT,1,,,Deficit,,,,
				2025/26 Q2,ZZZ,DEFICIT_SUPPORT,1,,,,,,,
				2025/26 Q2,RJZ,DEFICIT_SUPPORT,,,,,,,,
				""");

		assertThat(report.issues()).extracting(ValidationIssue::row, ValidationIssue::column, ValidationIssue::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "value", ValidationRule.INVALID_FLAG),
					org.assertj.core.groups.Tuple.tuple(3, "category", ValidationRule.FLAG_COLUMN_NOT_EXPECTED),
					org.assertj.core.groups.Tuple.tuple(4, "organisation_code", ValidationRule.UNKNOWN_ORGANISATION),
					org.assertj.core.groups.Tuple.tuple(5, "value", ValidationRule.MISSING_VALUE));
		assertThat(report.errorCount()).isEqualTo(4);
		assertThat(report.deficitSupport()).isEmpty();
		assertThat(dsl.fetchCount(SUBMISSION_ROW, SUBMISSION_ROW.SUBMISSION_ID.eq(report.submissionId()))).isZero();
		assertThatThrownBy(() -> SecondPreparer.accept(submissions, report.submissionId(), true))
			.isInstanceOf(SubmissionException.class)
			.hasMessageContaining("4 errors");
		assertThat(dsl.fetchCount(DEFICIT_SUPPORT, DEFICIT_SUPPORT.SUBMISSION_ID.eq(report.submissionId()))).isZero();
	}

	@Test
	void the_same_organisation_flagged_twice_is_a_duplicate() {
		SubmissionReport report = submit("""
				2025/26 Q2,RJ1,DEFICIT_SUPPORT,1,,,,,,,
				2025/26 Q2,RJ1,OF0013,74,,,,,,,
				2025/26 Q2,RJ1,DEFICIT_SUPPORT,0,,,,,,,
				""");

		assertThat(report.issues()).filteredOn((issue) -> issue.rule() == ValidationRule.DUPLICATE_ROW)
			.singleElement()
			.satisfies((issue) -> {
				assertThat(issue.row()).isEqualTo(4);
				assertThat(issue.value()).isEqualTo("DEFICIT_SUPPORT");
				assertThat(issue.message()).contains("of row 2");
			});
	}

	@Test
	void an_xlsx_file_carries_flags_in_numeric_or_text_cells() throws IOException {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(xlsx, "NHS League Tables test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Submission");
			List<String> header = List.of("period", "organisation_code", "metric_id", "value");
			for (int column = 0; column < header.size(); column++) {
				sheet.value(0, column, header.get(column));
			}
			sheet.value(1, 0, PERIOD);
			sheet.value(1, 1, "RJ1");
			sheet.value(1, 2, "DEFICIT_SUPPORT");
			sheet.value(1, 3, 1);
			sheet.value(2, 0, PERIOD);
			sheet.value(2, 1, "RRK");
			sheet.value(2, 2, "DEFICIT_SUPPORT");
			sheet.value(2, 3, "0");
			sheet.value(3, 0, PERIOD);
			sheet.value(3, 1, "RJZ");
			sheet.value(3, 2, "DEFICIT_SUPPORT");
			sheet.value(3, 3, 2);
		}

		SubmissionReport report = submissions.submit(
				new SubmissionRequest(PERIOD, SubmissionSource.UPLOAD, SubmissionFormat.XLSX, "flags.xlsx", null),
				new ByteArrayInputStream(xlsx.toByteArray()));

		assertThat(report.deficitSupport()).containsExactly(new DeficitSupportFlag(2, "RJ1", true),
				new DeficitSupportFlag(3, "RRK", false));
		assertThat(report.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.rule()).isEqualTo(ValidationRule.INVALID_FLAG);
			assertThat(issue.row()).isEqualTo(4);
			assertThat(issue.value()).isEqualTo("2");
		});
	}

	// PostgreSQL aborts the transaction at the first failed statement: one refusal per
	// test

	@Test
	void an_accepted_flag_cannot_be_updated() {
		long accepted = acceptedFlag();

		assertThatThrownBy(() -> dsl.update(DEFICIT_SUPPORT)
			.set(DEFICIT_SUPPORT.RECEIVES_DEFICIT_SUPPORT, false)
			.where(DEFICIT_SUPPORT.SUBMISSION_ID.eq(accepted))
			.execute()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table deficit_support");
	}

	@Test
	void an_accepted_flag_cannot_be_deleted() {
		long accepted = acceptedFlag();

		assertThatThrownBy(
				() -> dsl.deleteFrom(DEFICIT_SUPPORT).where(DEFICIT_SUPPORT.SUBMISSION_ID.eq(accepted)).execute())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table deficit_support");
	}

	@Test
	void a_staged_flag_is_one_or_zero_in_the_database_too() {
		SubmissionReport validated = submit("2025/26 Q2,RJ1,OF0013,74,,,,,,,\n");

		assertThatThrownBy(() -> dsl.insertInto(SUBMISSION_ROW)
			.set(SUBMISSION_ROW.SUBMISSION_ID, validated.submissionId())
			.set(SUBMISSION_ROW.ROW_NUMBER, 99)
			.set(SUBMISSION_ROW.ORGANISATION_CODE, "RJ1")
			.set(SUBMISSION_ROW.METRIC_CODE, "DEFICIT_SUPPORT")
			.set(SUBMISSION_ROW.STATUS, uk.nhs.leaguetables.db.enums.ValueStatus.VALUE)
			.set(SUBMISSION_ROW.VALUE, java.math.BigDecimal.TWO)
			.execute()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("submission_row_deficit_support_flag");
	}

	@Test
	void a_flag_is_for_the_period_of_its_submission() {
		long accepted = acceptedFlag();

		assertThatThrownBy(() -> insertFlag(accepted, "2025/26 Q1")).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("deficit_support_submission_id_period_code_fkey");
	}

	@Test
	void flags_reach_the_period_only_from_an_accepted_submission() {
		SubmissionReport validated = submit("2025/26 Q2,RJ1,DEFICIT_SUPPORT,1,,,,,,,\n");
		insertFlag(validated.submissionId(), PERIOD);

		// the check runs at commit; bring it forward
		assertThatThrownBy(() -> dsl.execute("set constraints all immediate")).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("not accepted");
	}

	private long acceptedFlag() {
		SubmissionReport report = submit("2025/26 Q2,RJ1,DEFICIT_SUPPORT,1,,,,,,,\n");
		SecondPreparer.accept(submissions, report.submissionId(), false);
		return report.submissionId();
	}

	private void insertFlag(long submissionId, String period) {
		dsl.insertInto(DEFICIT_SUPPORT)
			.set(DEFICIT_SUPPORT.SUBMISSION_ID, submissionId)
			.set(DEFICIT_SUPPORT.PERIOD_CODE, period)
			.set(DEFICIT_SUPPORT.ORGANISATION_CODE, "RRK")
			.set(DEFICIT_SUPPORT.RECEIVES_DEFICIT_SUPPORT, true)
			.set(DEFICIT_SUPPORT.SOURCE_ROW, 2)
			.execute();
	}

	private uk.nhs.leaguetables.db.tables.records.CurrentDeficitSupportRecord currentFlag(String organisation) {
		return dsl.fetchSingle(CURRENT_DEFICIT_SUPPORT, CURRENT_DEFICIT_SUPPORT.PERIOD_CODE.eq(PERIOD),
				CURRENT_DEFICIT_SUPPORT.ORGANISATION_CODE.eq(organisation));
	}

	private SubmissionReport submit(String rows) {
		return submissions.submit(
				new SubmissionRequest(PERIOD, SubmissionSource.UPLOAD, SubmissionFormat.CSV, "flags.csv", null),
				csv(HEADER + rows));
	}

	private static InputStream csv(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

}
