package uk.nhs.leaguetables.publication.graphql;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.testsupport.DemoQuarter;
import uk.nhs.leaguetables.testsupport.TestPeriods;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auditors read a publication with both names and its digests, and reproduce it from its
 * stored inputs; anonymous clients are refused. The ambulance table of 2022/23 Q2 (a
 * quarter no other test uses) is published, and corrected once, per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationQueryIT {

	private static final String PERIOD = "2022/23 Q2";

	private static final String PUBLICATION = """
			query Publication($revision: Int) {
			  publication(period: "2022/23 Q2", league: AMBULANCE, revision: $revision) {
			    period league revision calculationId preparedBy preparedAt approvedBy approvedAt publishedAt
			    correctionReason inputDigest outputDigest
			    reproduction {
			      inputDigestMatches outputDigestMatches storedOutputDigest recomputedOutputDigest rowsCompared
			      differences reproduced
			    }
			  }
			}
			""";

	private static boolean published;

	@LocalServerPort
	int port;

	@Autowired
	SubmissionService submissions;

	@Autowired
	CalculationService calculations;

	@Autowired
	PublicationService publications;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DSLContext dsl;

	@BeforeEach
	void publishAndCorrectTheAmbulanceTable() {
		if (published) {
			return;
		}
		TestPeriods.open(dsl, PERIOD, uk.nhs.leaguetables.db.enums.League.AMBULANCE);
		SystemActor.runAs("publication-preparer", Role.PREPARER,
				() -> DemoQuarter.acceptAs(submissions, "2024/25 Q2", PERIOD));
		publishRevision(null);
		SystemActor.runAs("publication-preparer", Role.PREPARER,
				() -> workflow.reopen(PERIOD, League.AMBULANCE, "A trust resubmitted its response times"));
		publishRevision("A trust resubmitted its response times");
		TestUsers.ensure(users, passwordEncoder, "publication-auditor", "auditor-password", Role.AUDITOR);
		published = true;
	}

	@Test
	void an_auditor_reads_the_latest_revision_with_both_names_and_reproduces_it() {
		var response = asAuditor().document(PUBLICATION).execute();

		response.path("publication.revision").entity(Integer.class).isEqualTo(2);
		response.path("publication.preparedBy").entity(String.class).isEqualTo("publication-preparer");
		response.path("publication.approvedBy").entity(String.class).isEqualTo("publication-approver");
		response.path("publication.correctionReason")
			.entity(String.class)
			.isEqualTo("A trust resubmitted its response times");
		response.path("publication.reproduction.reproduced").entity(Boolean.class).isEqualTo(true);
		response.path("publication.reproduction.rowsCompared").entity(Integer.class).isEqualTo(10);
		response.path("publication.reproduction.differences").entityList(String.class).hasSize(0);
		String stored = response.path("publication.outputDigest").entity(String.class).get();
		response.path("publication.reproduction.recomputedOutputDigest").entity(String.class).isEqualTo(stored);
	}

	@Test
	void each_revision_carries_the_audit_chain_head_recorded_at_its_approval() {
		var anchors = asAuditor().document("""
				{ publications(period: "2022/23 Q2", league: AMBULANCE) {
				    id auditAnchor { headEntry headHash keyId publicationId } } }""").execute();

		anchors.path("publications[*].auditAnchor.keyId").entityList(String.class).containsExactly("test", "test");
		long first = anchors.path("publications[0].auditAnchor.headEntry").entity(Long.class).get();
		long second = anchors.path("publications[1].auditAnchor.headEntry").entity(Long.class).get();
		assertThat(second).isGreaterThan(first);
		anchors.path("publications[0].auditAnchor.publicationId")
			.entity(String.class)
			.isEqualTo(anchors.path("publications[0].id").entity(String.class).get());
	}

	@Test
	void every_revision_can_be_asked_for() {
		asAuditor().document(PUBLICATION)
			.variable("revision", 1)
			.execute()
			.path("publication.correctionReason")
			.valueIsNull()
			.path("publication.reproduction.reproduced")
			.entity(Boolean.class)
			.isEqualTo(true);
		asAuditor().document(PUBLICATION).variable("revision", 3).execute().path("publication").valueIsNull();
		asAuditor().document("{ publications(period: \"2022/23 Q2\", league: AMBULANCE) { revision approvedAt } }")
			.execute()
			.path("publications[*].revision")
			.entityList(Integer.class)
			.containsExactly(1, 2);
	}

	@Test
	void anonymous_clients_do_not_see_the_approval_record() {
		HttpGraphQlTester anonymous = HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());

		anonymous.document(PUBLICATION)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	private HttpGraphQlTester asAuditor() {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> headers.setBasicAuth("publication-auditor", "auditor-password"))
			.build());
	}

	private void publishRevision(String correctionReason) {
		long calculation = SystemActor.callAs("publication-preparer", Role.PREPARER, () -> {
			workflow.lockData(PERIOD, League.AMBULANCE);
			return calculations.calculate(PERIOD, League.AMBULANCE).id();
		});
		SystemActor.runAs("publication-approver", Role.APPROVER,
				() -> publications.approveAndPublish(calculation, correctionReason));
	}

}
