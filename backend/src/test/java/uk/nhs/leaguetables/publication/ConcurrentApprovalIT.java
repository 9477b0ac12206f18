package uk.nhs.leaguetables.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.DemoQuarter;
import uk.nhs.leaguetables.testsupport.TestPeriods;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;

/**
 * Two approvers approve the same draft at the same moment: one publishes it, the other is
 * told clearly that it is no longer a draft, and exactly one publication exists. The
 * transactions are real (committed), so the test uses a quarter no other test touches
 * (2023/24 Q1).
 */
@SpringBootTest
class ConcurrentApprovalIT {

	private static final String PERIOD = "2023/24 Q1";

	@Autowired
	SubmissionService submissions;

	@Autowired
	CalculationService calculations;

	@Autowired
	PublicationService publications;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	DSLContext dsl;

	@Test
	void of_two_simultaneous_approvals_one_publishes_and_the_other_gets_a_clear_conflict() throws Exception {
		long draft = preparedDraft();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> approvals = new ArrayList<>();
		for (String approver : List.of("first-approver", "second-approver")) {
			approvals.add(() -> {
				start.await();
				String[] outcome = new String[1];
				SystemActor.runAs(approver, Role.APPROVER, () -> {
					try {
						outcome[0] = "published revision " + publications.approveAndPublish(draft, null).revision();
					}
					catch (PublicationException ex) {
						outcome[0] = ex.getMessage();
					}
				});
				return outcome[0];
			});
		}
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = approvals.stream().map(executor::submit).toList();
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsExactlyInAnyOrder("published revision 1",
					"Table #" + draft + " is published, not a draft waiting for approval");
		}
		finally {
			executor.shutdown();
		}
		assertThat(dsl.fetchCount(PUBLICATION, PUBLICATION.PERIOD_CODE.eq(PERIOD))).isEqualTo(1);
	}

	private long preparedDraft() {
		TestPeriods.open(dsl, PERIOD, uk.nhs.leaguetables.db.enums.League.AMBULANCE);
		long[] draft = new long[1];
		SystemActor.runAs("concurrency-preparer", Role.PREPARER, () -> {
			DemoQuarter.acceptAs(submissions, "2024/25 Q1", PERIOD, "G6V2S");
			workflow.lockData(PERIOD, League.AMBULANCE);
			draft[0] = calculations.calculate(PERIOD, League.AMBULANCE).id();
		});
		return draft[0];
	}

}
