package uk.nhs.leaguetables.leaguetable;

import org.jooq.DSLContext;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.DemoQuarter;
import uk.nhs.leaguetables.testsupport.TestPeriods;

/**
 * Two published acute tables for the query tests. Published tables are immutable, so they
 * are published once per test run into two quarters no other test uses (2023/24 Q3 and
 * Q4: the demo data of a year later moved back).
 */
final class PublishedAcuteQuarters {

	static final String EARLIER = "2023/24 Q3";

	static final String LATER = "2023/24 Q4";

	private static boolean published;

	private PublishedAcuteQuarters() {
	}

	static synchronized void ensure(DSLContext dsl, SubmissionService submissions, PeriodWorkflowService workflow,
			CalculationService calculations, PublicationService publications) {
		if (published) {
			return;
		}
		publish(EARLIER, "2024/25 Q3", dsl, submissions, workflow, calculations, publications);
		publish(LATER, "2024/25 Q4", dsl, submissions, workflow, calculations, publications);
		published = true;
	}

	private static void publish(String period, String demoPeriod, DSLContext dsl, SubmissionService submissions,
			PeriodWorkflowService workflow, CalculationService calculations, PublicationService publications) {
		TestPeriods.open(dsl, period, uk.nhs.leaguetables.db.enums.League.ACUTE);
		long calculation = SystemActor.callAs("table-preparer", Role.PREPARER, () -> {
			// a year earlier, the North London trust formed in November 2024 did not
			// exist yet
			DemoQuarter.acceptAs(submissions, demoPeriod, period, "G6V2S");
			workflow.lockData(period, League.ACUTE);
			return calculations.calculate(period, League.ACUTE).id();
		});
		SystemActor.runAs("table-approver", Role.APPROVER, () -> publications.approveAndPublish(calculation, null));
	}

}
