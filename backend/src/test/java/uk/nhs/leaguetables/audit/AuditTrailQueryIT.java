package uk.nhs.leaguetables.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auditors read the audit trail and verify its chain over HTTP; anonymous clients cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailQueryIT {

	private static final String TRAIL = """
			query Trail($action: String, $after: String) {
			  auditTrail(filter: {action: $action}, first: 1, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor } nodes { id actor action hash previousHash occurredAt }
			  }
			  verifyAuditChain { intact entriesChecked sealedEntries unsealedBeforeKeying checkpointsChecked }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void auditor() {
		TestUsers.ensure(users, passwordEncoder, "audit-reader", "read-the-log", Role.AUDITOR);
	}

	@Test
	void an_auditor_pages_through_the_trail_newest_first_and_verifies_the_chain() {
		var first = tester(true).document(TRAIL).variable("action", "REFERENCE_DATA_LOADED").execute();
		first.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(1);
		first.path("auditTrail.nodes[0].actor").entity(String.class).isEqualTo("system");
		first.path("auditTrail.nodes[0].hash")
			.entity(String.class)
			.satisfies((hash) -> assertThat(hash).matches("[0-9a-f]{64}"));
		first.path("verifyAuditChain.intact").entity(Boolean.class).isEqualTo(true);
		int checked = first.path("verifyAuditChain.entriesChecked").entity(Integer.class).get();
		first.path("verifyAuditChain.sealedEntries")
			.entity(Integer.class)
			.satisfies((sealed) -> assertThat(sealed).as("every entry of a database created with keying is sealed")
				.isEqualTo(checked));

		var all = tester(true).document(TRAIL).execute();
		String cursor = all.path("auditTrail.pageInfo.endCursor").entity(String.class).get();
		long newest = Long.parseLong(all.path("auditTrail.nodes[0].id").entity(String.class).get());
		tester(true).document(TRAIL)
			.variable("after", cursor)
			.execute()
			.path("auditTrail.nodes[0].id")
			.entity(String.class)
			.satisfies((id) -> assertThat(Long.parseLong(id)).isLessThan(newest));
	}

	@Test
	void anonymous_clients_cannot_read_the_trail() {
		tester(false).document(TRAIL)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy(
						(error) -> assertThat(error.getErrorType()).isIn(ErrorType.UNAUTHORIZED, ErrorType.FORBIDDEN)));
	}

	private HttpGraphQlTester tester(boolean asAuditor) {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders((headers) -> {
				if (asAuditor) {
					headers.setBasicAuth("audit-reader", "read-the-log");
				}
			})
			.build();
		return HttpGraphQlTester.create(client);
	}

}
