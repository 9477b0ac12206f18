package uk.nhs.leaguetables.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.framework.ReportingPeriods;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;

/**
 * Sets up the demonstration on first start, through the same secured services people use:
 * the demo users (see the README), the 2024/25 quarters, the demo submissions of
 * {@code db/seed/demo} validated and accepted, and the league tables calculated by the
 * demo preparer and published by the demo approver. It runs before the service reports
 * itself ready, and is idempotent: a file already loaded is recognised by its checksum, a
 * table already calculated is left alone, so an interrupted first start completes on the
 * next.
 */
@Component
@Conditional(DemoDataCondition.class)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String DEMO_FRAMEWORK = "NOF-2025/26";

	private static final List<DemoQuarter> QUARTERS = List.of(new DemoQuarter("2024/25 Q1", 2024, 1),
			new DemoQuarter("2024/25 Q2", 2024, 2), new DemoQuarter("2024/25 Q3", 2024, 3),
			new DemoQuarter("2024/25 Q4", 2024, 4), new DemoQuarter("2025/26 Q1", 2025, 1));

	private static final List<League> DEMO_LEAGUES = List.of(League.ACUTE, League.NON_ACUTE, League.AMBULANCE);

	private static final List<DemoUser> USERS = List.of(
			new DemoUser("preparer", "Priya Preparer (demo)", Set.of(Role.PREPARER, Role.SUBMITTER)),
			new DemoUser("approver", "Adam Approver (demo)", Set.of(Role.APPROVER)),
			new DemoUser("auditor", "Aisha Auditor (demo)", Set.of(Role.AUDITOR)),
			new DemoUser("admin", "Alex Admin (demo)", Set.of(Role.ADMIN)),
			// Granting a publication role takes two administrators (four eyes).
			new DemoUser("admin2", "Ada Admin (demo)", Set.of(Role.ADMIN)),
			new DemoUser("submitter", "Sam Submitter (demo)", Set.of(Role.SUBMITTER)));

	private final DemoPeriodRepository periods;

	private final ReportingPeriods reportingPeriods;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SubmissionService submissions;

	private final String password;

	private final CalculationService calculations;

	private final PublicationService publications;

	private final PeriodWorkflowService workflow;

	DemoDataLoader(DemoPeriodRepository periods, ReportingPeriods reportingPeriods, UserAccountRepository users,
			PasswordEncoder passwordEncoder, SubmissionService submissions, CalculationService calculations,
			PublicationService publications, PeriodWorkflowService workflow,
			@Value("${league-tables.demo.password:demo}") String password) {
		this.periods = periods;
		this.reportingPeriods = reportingPeriods;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.submissions = submissions;
		this.password = password;
		this.calculations = calculations;
		this.publications = publications;
		this.workflow = workflow;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		for (DemoUser user : USERS) {
			if (!users.exists(user.username())) {
				users.create(user.username(), user.displayName(), passwordEncoder.encode(password), null, user.roles(),
						"demo");
			}
		}
		SystemActor.runAs("demo", Role.PREPARER, () -> QUARTERS
			.forEach((quarter) -> reportingPeriods.openIfMissing(quarter.code(), DEMO_FRAMEWORK, null)));
		QUARTERS.forEach(this::load);
		// Every quarter but the latest is published (the preparer calculates, the
		// approver approves), in order, so
		// that movement and history show; the latest is left as a draft waiting for
		// approval.
		for (DemoQuarter quarter : QUARTERS) {
			for (League league : DEMO_LEAGUES) {
				if (periods.hasCalculation(quarter.code(), league)) {
					continue;
				}
				AtomicLong calculation = new AtomicLong();
				SystemActor.runAs("preparer", Role.PREPARER, () -> {
					workflow.lockData(quarter.code(), league);
					calculation.set(calculations.calculate(quarter.code(), league).id());
				});
				if (quarter != QUARTERS.getLast()) {
					SystemActor.runAs("approver", Role.APPROVER,
							() -> publications.approveAndPublish(calculation.get(), null));
				}
			}
		}
	}

	private void load(DemoQuarter quarter) {
		String file = "submission-" + quarter.code().replace('/', '-').replace(' ', '-') + ".csv";
		try (InputStream content = new ClassPathResource("db/seed/demo/" + file).getInputStream()) {
			// the demo submitter sends each file and the demo preparer accepts it: four
			// eyes on the data
			SubmissionReport report = SystemActor.callAs("submitter", Role.SUBMITTER, () -> submissions.submit(
					new SubmissionRequest(quarter.code(), SubmissionSource.DEMO, SubmissionFormat.CSV, file, null),
					content));
			if (report.alreadyLoaded()) {
				return;
			}
			if (report.errorCount() > 0) {
				throw new IllegalStateException("Demo file " + file + " has " + report.errorCount() + " errors, e.g. "
						+ report.issues().getFirst().message());
			}
			SystemActor.runAs("preparer", Role.PREPARER, () -> submissions.accept(report.submissionId(), true));
			log.info("Loaded demo submission {} for {}: {} rows, {} warnings acknowledged", file, quarter.code(),
					report.rowCount(), report.warningCount());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo file " + file, ex);
		}
	}

	private record DemoQuarter(String code, int financialYearStart, int quarter) {
	}

	private record DemoUser(String username, String displayName, Set<Role> roles) {
	}

}
