package uk.nhs.leaguetables.testsupport;

import org.jooq.DSLContext;

import org.springframework.boot.test.context.TestComponent;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionService;

/**
 * Calculates and publishes league tables from a {@link DemoQuarter} moved into a quarter
 * no other test uses, the way a preparer and an approver would. Import it into a
 * {@code @SpringBootTest} with {@code @Import(DemoLeagueTables.class)}.
 */
@TestComponent
public class DemoLeagueTables {

	private final DSLContext dsl;

	private final SubmissionService submissions;

	private final PeriodWorkflowService workflow;

	private final CalculationService calculations;

	private final PublicationService publications;

	DemoLeagueTables(DSLContext dsl, SubmissionService submissions, PeriodWorkflowService workflow,
			CalculationService calculations, PublicationService publications) {
		this.dsl = dsl;
		this.submissions = submissions;
		this.workflow = workflow;
		this.calculations = calculations;
		this.publications = publications;
	}

	/**
	 * Opens the quarter, accepts the demo data of {@code demoPeriod} as its data, locks
	 * it and calculates a draft table of the league. Rows of the organisations
	 * {@code leftOut} are dropped (e.g. a trust that did not exist yet in that quarter).
	 * @return the draft calculation's id
	 */
	public long calculate(String period, League league, String demoPeriod, String... leftOut) {
		TestPeriods.open(this.dsl, period, uk.nhs.leaguetables.db.enums.League.valueOf(league.name()));
		return SystemActor.callAs("demo-preparer", Role.PREPARER, () -> {
			DemoQuarter.acceptAs(this.submissions, demoPeriod, period, leftOut);
			this.workflow.lockData(period, league);
			return this.calculations.calculate(period, league).id();
		});
	}

	/** Calculates as above and publishes the table as revision 1. */
	public void publish(String period, League league, String demoPeriod, String... leftOut) {
		long calculation = calculate(period, league, demoPeriod, leftOut);
		SystemActor.runAs("demo-approver", Role.APPROVER, () -> this.publications.approveAndPublish(calculation, null));
	}

}
