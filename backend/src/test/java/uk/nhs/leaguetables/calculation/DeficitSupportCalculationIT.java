package uk.nhs.leaguetables.calculation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.db.enums.AdjustmentKind;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;
import uk.nhs.leaguetables.testsupport.DemoQuarter;

import uk.nhs.leaguetables.testsupport.SecondPreparer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.RESULT_ADJUSTMENT;

/**
 * A trust's accepted deficit-support flag reaches the calculation as
 * {@code declaredInDeficit}, as accepted up to the calculation's moment: a correction
 * changes later calculations, never the reproduction of an earlier one. Rolled back after
 * each test.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "preparer", roles = { "PREPARER", "SUBMITTER" })
class DeficitSupportCalculationIT {

	private static final String HEADER = "period,organisation_code,metric_id,value,comment\n";

	@Autowired
	CalculationRepository calculationInputs;

	@Autowired
	CalculationService calculations;

	@Autowired
	SubmissionService submissions;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	DSLContext dsl;

	@Test
	void an_accepted_flag_puts_the_trust_in_deficit_and_a_correction_to_zero_takes_it_out() {
		String period = "2025/26 Q2";
		OffsetDateTime beforeAnyFlag = now();
		accept(submit(period, "RJ1,DEFICIT_SUPPORT,1,Deficit support agreed\nRRK,DEFICIT_SUPPORT,0,\n", null));
		OffsetDateTime afterFlag = now();

		assertThat(declaredInDeficit(period, "RJ1", afterFlag)).isTrue();
		assertThat(declaredInDeficit(period, "RRK", afterFlag)).isFalse();
		assertThat(declaredInDeficit(period, "RJZ", afterFlag)).as("no flag, no deficit support").isFalse();
		assertThat(declaredInDeficit(period, "RJ1", beforeAnyFlag)).as("not accepted yet at that moment").isFalse();

		accept(submit(period, "RJ1,DEFICIT_SUPPORT,0,Support ended\n", "Deficit support ended in the quarter"));
		OffsetDateTime afterCorrection = now();

		assertThat(declaredInDeficit(period, "RJ1", afterCorrection)).isFalse();
		assertThat(declaredInDeficit(period, "RJ1", afterFlag)).as("as accepted up to the earlier moment").isTrue();
	}

	@Test
	void a_flagged_trust_is_capped_by_the_financial_override_and_an_earlier_table_still_reproduces() {
		String period = "2025/26 Q3";
		DemoQuarter.acceptAs(submissions, "2025/26 Q1", period);
		workflow.lockData(period, League.ACUTE);
		StoredCalculation before = calculations.calculate(period, League.ACUTE);
		var topTrust = dsl.selectFrom(ORGANISATION_RESULT)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(before.id()), ORGANISATION_RESULT.IN_DEFICIT.isFalse(),
					ORGANISATION_RESULT.FINAL_SEGMENT.le((short) 2))
			.orderBy(ORGANISATION_RESULT.LEAGUE_RANK)
			.limit(1)
			.fetchSingle();
		String trust = topTrust.getOrganisationCode();

		workflow.reopen(period, League.ACUTE, "Deficit support flags arrived late");
		accept(submit(period, trust + ",DEFICIT_SUPPORT,1,\n", null));
		workflow.lockData(period, League.ACUTE);
		StoredCalculation after = calculations.calculate(period, League.ACUTE);

		var flagged = dsl.fetchSingle(ORGANISATION_RESULT, ORGANISATION_RESULT.CALCULATION_ID.eq(after.id()),
				ORGANISATION_RESULT.ORGANISATION_CODE.eq(trust));
		assertThat(flagged.getInDeficit()).isTrue();
		assertThat(flagged.getFinalSegment()).isGreaterThanOrEqualTo((short) 3);
		assertThat(dsl.fetchExists(RESULT_ADJUSTMENT, RESULT_ADJUSTMENT.CALCULATION_ID.eq(after.id()),
				RESULT_ADJUSTMENT.ORGANISATION_CODE.eq(trust),
				RESULT_ADJUSTMENT.KIND.eq(AdjustmentKind.FINANCIAL_OVERRIDE)))
			.isTrue();
		assertThat(after.inputDigest()).isNotEqualTo(before.inputDigest());
		assertThat(calculations.reproduce(before.id()).reproduced()).isTrue();
		assertThat(calculations.reproduce(after.id()).reproduced()).isTrue();
	}

	private boolean declaredInDeficit(String period, String trust, OffsetDateTime asOf) {
		return calculationInputs.inputs(period, League.ACUTE, asOf)
			.orElseThrow()
			.league()
			.organisations()
			.stream()
			.filter((organisation) -> organisation.code().equals(trust))
			.findFirst()
			.map(OrganisationInput::declaredInDeficit)
			.orElseThrow();
	}

	private SubmissionReport submit(String period, String rows, @Nullable String correctionReason) {
		String content = HEADER + rows.lines().map((row) -> period + "," + row + "\n").reduce("", String::concat);
		return submissions.submit(new SubmissionRequest(period, SubmissionSource.UPLOAD, SubmissionFormat.CSV,
				"flags.csv", correctionReason), new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private void accept(SubmissionReport report) {
		assertThat(report.issues()).isEmpty();
		SecondPreparer.accept(submissions, report.submissionId(), false);
	}

	/**
	 * A moment strictly after everything decided so far and before anything decided next
	 * (timestamps are stored to the microsecond).
	 */
	private static OffsetDateTime now() {
		try {
			Thread.sleep(2);
			OffsetDateTime now = OffsetDateTime.now();
			Thread.sleep(2);
			return now;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
