package uk.nhs.leaguetables.calculation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.ServiceRole;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;
import uk.nhs.leaguetables.testsupport.DemoQuarter;
import uk.nhs.leaguetables.testsupport.TestDatabase;

import uk.nhs.leaguetables.testsupport.SecondPreparer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.privilege;
import static org.jooq.impl.DSL.role;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.METRIC_STATISTICS;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;

/**
 * The acute league table of a quarter computed from accepted submissions in PostgreSQL
 * (the demo quarter's real and synthetic values, loaded into 2025/26 Q3), stored with its
 * explanations and digests, and recomputed identically. Rolled back after each test.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "preparer", roles = { "PREPARER", "SUBMITTER" })
class CalculationServiceIT {

	private static final String PERIOD = "2025/26 Q3";

	@Autowired
	CalculationService calculations;

	@Autowired
	SubmissionService submissions;

	@Autowired
	DSLContext dsl;

	@Autowired
	PeriodWorkflowService workflow;

	@BeforeEach
	void acceptTheDemoQuarter() {
		DemoQuarter.acceptAs(submissions, "2025/26 Q1", PERIOD);
		workflow.lockData(PERIOD, League.ACUTE);
		workflow.lockData(PERIOD, League.NON_ACUTE);
	}

	@Test
	void computes_and_stores_the_acute_table_with_explanations() {
		StoredCalculation table = calculations.calculate(PERIOD, League.ACUTE);

		var rows = dsl.fetch(ORGANISATION_RESULT, ORGANISATION_RESULT.CALCULATION_ID.eq(table.id()));
		assertThat(rows).hasSize(133);
		assertThat(rows).filteredOn((row) -> row.getFinalSegment() != null).hasSizeGreaterThan(100);
		assertThat(rows).extracting((row) -> row.getLeagueRank()).contains(1);
		assertThat(rows).allSatisfy((row) -> assertThat(row.getExplanation().data()).contains("\"text\""));
		var segments = dsl.select(ORGANISATION_RESULT.FINAL_SEGMENT, count())
			.from(ORGANISATION_RESULT)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(table.id()))
			.groupBy(ORGANISATION_RESULT.FINAL_SEGMENT)
			.fetchMap(ORGANISATION_RESULT.FINAL_SEGMENT, count());
		assertThat(segments.keySet()).contains((short) 1, (short) 4);
		assertThat(dsl.fetchCount(METRIC_RESULT, METRIC_RESULT.CALCULATION_ID.eq(table.id()))).isGreaterThan(2000);
		var aAndE = dsl.fetchSingle(METRIC_STATISTICS, METRIC_STATISTICS.CALCULATION_ID.eq(table.id()),
				METRIC_STATISTICS.METRIC_CODE.eq("OF0013"));
		assertThat(aAndE.getPeerCount()).isGreaterThan(100);
		assertThat(aAndE.getMedian()).isBetween(aAndE.getLowerQuartile(), aAndE.getUpperQuartile());
		assertThat(table.inputDigest()).matches("[0-9a-f]{64}");
	}

	@Test
	void a_stored_table_is_reproduced_from_its_inputs_even_after_a_later_correction() {
		StoredCalculation table = calculations.calculate(PERIOD, League.ACUTE);
		workflow.reopen(PERIOD, League.ACUTE, "A&E figure resubmitted by a trust");

		SubmissionReport correction = submissions.submit(
				new SubmissionRequest(PERIOD, SubmissionSource.UPLOAD, SubmissionFormat.CSV, "fix.csv",
						"A&E figure resubmitted"),
				new ByteArrayInputStream("period,organisation_code,metric_id,value\n2025/26 Q3,RJ1,OF0013,99.9\n"
					.getBytes(StandardCharsets.UTF_8)));
		SecondPreparer.accept(submissions, correction.submissionId(), true);

		Reproduction reproduction = calculations.reproduce(table.id());
		assertThat(reproduction.reproduced()).isTrue();
		assertThat(reproduction.recomputedOutputDigest()).isEqualTo(table.outputDigest());

		workflow.lockData(PERIOD, League.ACUTE);
		StoredCalculation recalculated = calculations.calculate(PERIOD, League.ACUTE);
		assertThat(recalculated.inputDigest()).isNotEqualTo(table.inputDigest());
	}

	@Test
	void the_same_inputs_give_the_same_digests() {
		StoredCalculation first = calculations.calculate(PERIOD, League.NON_ACUTE);
		StoredCalculation second = calculations.calculate(PERIOD, League.NON_ACUTE);

		assertThat(second.inputDigest()).isEqualTo(first.inputDigest());
		assertThat(second.outputDigest()).isEqualTo(first.outputDigest());
	}

	@Test
	void a_stored_row_changed_behind_the_services_back_is_named_by_the_reproduction() {
		StoredCalculation table = calculations.calculate(PERIOD, League.NON_ACUTE);
		String changed = dsl.select(ORGANISATION_RESULT.ORGANISATION_CODE)
			.from(ORGANISATION_RESULT)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(table.id()), ORGANISATION_RESULT.FINAL_SEGMENT.eq((short) 2))
			.limit(1)
			.fetchSingle(ORGANISATION_RESULT.ORGANISATION_CODE);
		// The service may only add results; the change is the owner's doing. The row is
		// in
		// this test's uncommitted transaction, so the owner lends the right for the
		// change.
		TestDatabase.owner().grant(privilege("update")).on(ORGANISATION_RESULT).to(role(ServiceRole.NAME)).execute();
		try {
			dsl.update(ORGANISATION_RESULT)
				.set(ORGANISATION_RESULT.FINAL_SEGMENT, (short) 1)
				.where(ORGANISATION_RESULT.CALCULATION_ID.eq(table.id()),
						ORGANISATION_RESULT.ORGANISATION_CODE.eq(changed))
				.execute();
		}
		finally {
			TestDatabase.owner()
				.revoke(privilege("update"))
				.on(ORGANISATION_RESULT)
				.from(role(ServiceRole.NAME))
				.execute();
		}

		Reproduction reproduction = calculations.reproduce(table.id());

		assertThat(reproduction.reproduced()).isFalse();
		assertThat(reproduction.outputDigestMatches()).as("the stored digest still matches a recomputation").isTrue();
		assertThat(reproduction.differences()).singleElement()
			.satisfies((difference) -> assertThat(difference).startsWith(changed + ": stored ")
				.contains("segment 1,")
				.contains("; recomputed ")
				.contains("segment 2,"));
	}

}
