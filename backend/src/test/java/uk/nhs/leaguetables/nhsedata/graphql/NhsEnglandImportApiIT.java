package uk.nhs.leaguetables.nhsedata.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.SqlStatementCounter;
import uk.nhs.leaguetables.testsupport.TestDatabase;
import uk.nhs.leaguetables.testsupport.TestPeriods;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.leaguetables.db.Tables.NHSE_REFERENCE_PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.NHSE_REFERENCE_ROW;

/**
 * A preparer imports NHS England's ambulance trust data over GraphQL and staff read the
 * stored reference back; submitters and anonymous clients are refused. The published Q1
 * 2025/26 rows are imported as 2024/25 Q4, a quarter no other test uses, since the import
 * commits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the cache is off: a test counts the statements a query runs
		properties = { "spring.http.codecs.max-in-memory-size=16MB", "league-tables.graphql.cache.enabled=false" })
@Import(SqlStatementCounter.class)
class NhsEnglandImportApiIT {

	private static final String PERIOD = "2024/25 Q4";

	private static final String PASSWORD = "import-password";

	private static final String IMPORT = """
			mutation Import($input: ImportNhsEnglandTrustDataInput!) {
			  importNhsEnglandTrustData(input: $input) {
			    submissions { id status rowCount errorCount }
			    referencePublications { id period league revision fileName fileSha256 rowCount importedBy alreadyLoaded submissionId }
			    report { rowCount errorCount warningCount issues { row column value rule severity message } }
			    userErrors { code message }
			  }
			}
			""";

	private static final String REFERENCE = """
			query Reference($period: String!) {
			  nhsEnglandReference(period: $period, league: AMBULANCE) {
			    revision rowCount
			    rows { organisation { code name } metricId kind metric value median lowerQuartile upperQuartile rank sourceRow }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DSLContext dsl;

	@Autowired
	SqlStatementCounter statements;

	@BeforeEach
	void usersAndQuarter() {
		TestUsers.ensure(users, passwordEncoder, "api-importer", PASSWORD, Role.PREPARER);
		TestUsers.ensure(users, passwordEncoder, "api-auditor", PASSWORD, Role.AUDITOR);
		TestUsers.ensure(users, passwordEncoder, "api-trust-submitter", PASSWORD, Role.SUBMITTER);
		TestPeriods.open(dsl, PERIOD, League.AMBULANCE);
	}

	@Test
	void a_preparer_imports_trust_data_and_staff_read_the_reference_back_in_a_constant_number_of_statements() {
		Map<String, Object> input = input(PERIOD);

		var imported = as("api-importer").document(IMPORT).variable("input", input).execute();

		imported.path("importNhsEnglandTrustData.userErrors").entityList(Object.class).hasSize(0);
		imported.path("importNhsEnglandTrustData.report.errorCount").entity(Integer.class).isEqualTo(0);
		imported.path("importNhsEnglandTrustData.report.rowCount").entity(Integer.class).isEqualTo(351);
		imported.path("importNhsEnglandTrustData.submissions[0].status").entity(String.class).isEqualTo("VALIDATED");
		imported.path("importNhsEnglandTrustData.submissions[0].rowCount").entity(Integer.class).isEqualTo(101);
		imported.path("importNhsEnglandTrustData.referencePublications[0].period")
			.entity(String.class)
			.isEqualTo(PERIOD);
		imported.path("importNhsEnglandTrustData.referencePublications[0].rowCount")
			.entity(Integer.class)
			.isEqualTo(351);
		imported.path("importNhsEnglandTrustData.referencePublications[0].importedBy")
			.entity(String.class)
			.isEqualTo("api-importer");
		imported.path("importNhsEnglandTrustData.referencePublications[0].fileSha256")
			.entity(String.class)
			.satisfies((sha) -> assertThat(sha).matches("[0-9a-f]{64}"));
		String submissionId = imported.path("importNhsEnglandTrustData.submissions[0].id").entity(String.class).get();
		imported.path("importNhsEnglandTrustData.referencePublications[0].submissionId")
			.entity(String.class)
			.isEqualTo(submissionId);
		long publicationId = Long.parseLong(
				imported.path("importNhsEnglandTrustData.referencePublications[0].id").entity(String.class).get());

		statements.reset();
		var reference = as("api-auditor").document(REFERENCE).variable("period", PERIOD).execute();
		// the user, the publication, its rows and their trusts: never a statement per row
		assertThat(statements.count()).isLessThanOrEqualTo(6);
		reference.path("nhsEnglandReference.revision").entity(Integer.class).isEqualTo(1);
		reference.path("nhsEnglandReference.rows").entityList(Object.class).hasSize(351);
		reference.path("nhsEnglandReference.rows[?(@.metricId == 'OF0017' && @.organisation.code == 'RRU')]")
			.entityList(Map.class)
			.satisfies((rows) -> assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row).containsEntry("kind", "VALUE")
					.containsEntry("metric", "OF0017")
					.containsEntry("value", 30.33)
					.containsEntry("median", 26.77)
					.containsEntry("lowerQuartile", 24.68)
					.containsEntry("upperQuartile", 32.06)
					.containsEntry("rank", 7)
					.containsEntry("sourceRow", 2);
				assertThat(row.get("organisation").toString()).contains("London Ambulance Service");
			}));
		reference.path("nhsEnglandReference.rows[?(@.metricId == 'OF5000')].rank")
			.entityList(Integer.class)
			.satisfies((ranks) -> assertThat(ranks).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

		// the same file again: what was stored
		var again = as("api-importer").document(IMPORT).variable("input", input).execute();
		again.path("importNhsEnglandTrustData.referencePublications[0].alreadyLoaded")
			.entity(Boolean.class)
			.isEqualTo(true);
		again.path("importNhsEnglandTrustData.referencePublications[0].id")
			.entity(String.class)
			.isEqualTo(String.valueOf(publicationId));

		// committed, the publication is read-only: no change, no removal, no row added;
		// the
		// service may not even try, and the triggers stop the tables' owner too
		assertThatThrownBy(() -> renameFile(dsl, publicationId)).rootCause()
			.hasMessageContaining("permission denied for table nhse_reference_publication");
		assertThatThrownBy(() -> deleteRows(dsl, publicationId)).rootCause()
			.hasMessageContaining("permission denied for table nhse_reference_row");
		TestDatabase.asOwnerRolledBack((owner) -> assertThatThrownBy(() -> renameFile(owner, publicationId)).rootCause()
			.hasMessageContaining("immutable"));
		TestDatabase.asOwnerRolledBack((owner) -> assertThatThrownBy(() -> deleteRows(owner, publicationId)).rootCause()
			.hasMessageContaining("immutable"));
		var extra = dsl.selectFrom(NHSE_REFERENCE_ROW)
			.where(NHSE_REFERENCE_ROW.PUBLICATION_ID.eq(publicationId))
			.limit(1)
			.fetchSingle();
		extra.setSourceRow(9999);
		extra.setMetricId("OF0901");
		extra.setMetricCode("OF0901");
		extra.changed(true);
		assertThatThrownBy(() -> dsl.insertInto(NHSE_REFERENCE_ROW).set(extra).execute())
			.hasMessageContaining("added only when it is imported");
	}

	private static int renameFile(DSLContext dsl, long publicationId) {
		return dsl.update(NHSE_REFERENCE_PUBLICATION)
			.set(NHSE_REFERENCE_PUBLICATION.FILE_NAME, "renamed.csv")
			.where(NHSE_REFERENCE_PUBLICATION.ID.eq(publicationId))
			.execute();
	}

	private static int deleteRows(DSLContext dsl, long publicationId) {
		return dsl.deleteFrom(NHSE_REFERENCE_ROW).where(NHSE_REFERENCE_ROW.PUBLICATION_ID.eq(publicationId)).execute();
	}

	@Test
	void a_file_with_errors_returns_its_report_and_stores_nothing() {
		String broken = lines().stream()
			.filter((line) -> line.startsWith("Quarter") || line.startsWith("Q1 2025/26"))
			.map((line) -> line.replace("Q1 2025/26", "Q4 2024/25").replace(",RX6,", ",XX6,"))
			.collect(Collectors.joining("\n"));

		var imported = as("api-importer").document(IMPORT)
			.variable("input",
					Map.of("fileName", "broken.csv", "contentBase64", base64(broken), "league", "AMBULANCE", "period",
							PERIOD))
			.execute();

		imported.path("importNhsEnglandTrustData.submissions").entityList(Object.class).hasSize(0);
		imported.path("importNhsEnglandTrustData.referencePublications").entityList(Object.class).hasSize(0);
		imported.path("importNhsEnglandTrustData.report.errorCount").entity(Integer.class).isEqualTo(35);
		imported.path("importNhsEnglandTrustData.report.issues[0]").entity(Map.class).satisfies((issue) -> {
			assertThat(issue).containsEntry("row", 3)
				.containsEntry("column", "Trust_code")
				.containsEntry("value", "XX6")
				.containsEntry("rule", "UNKNOWN_TRUST")
				.containsEntry("severity", "ERROR");
		});
	}

	@Test
	void content_that_is_not_base64_is_a_user_error() {
		as("api-importer").document(IMPORT)
			.variable("input", Map.of("fileName", "x.csv", "contentBase64", "***", "league", "AMBULANCE"))
			.execute()
			.path("importNhsEnglandTrustData.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONTENT_NOT_BASE64");
	}

	@Test
	void a_submitter_and_an_anonymous_client_cannot_import_or_read_the_reference() {
		for (HttpGraphQlTester tester : List.of(as("api-trust-submitter"), tester((headers) -> {
		}))) {
			tester.document(IMPORT)
				.variable("input", input(PERIOD))
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).isIn(ErrorType.FORBIDDEN,
							ErrorType.UNAUTHORIZED)));
			tester.document(REFERENCE)
				.variable("period", PERIOD)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).isNotEmpty()
					.allSatisfy((error) -> assertThat(error.getErrorType()).isIn(ErrorType.FORBIDDEN,
							ErrorType.UNAUTHORIZED)));
		}
	}

	/** The published Q1 2025/26 ambulance rows, as 2024/25 Q4. */
	private static Map<String, Object> input(String period) {
		String quarter = lines().stream()
			.filter((line) -> line.startsWith("Quarter") || line.startsWith("Q1 2025/26"))
			.map((line) -> line.replace("Q1 2025/26", "Q4 2024/25"))
			.collect(Collectors.joining("\n", "", "\n"));
		return Map.of("fileName", "nof-ambulance-trust-data.csv", "contentBase64", base64(quarter), "league",
				"AMBULANCE", "period", period);
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> lines() {
		try {
			return new ClassPathResource("nhse/nhse_nof_trust_data_2025-26_Q1-Q3_ambulance.csv")
				.getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpGraphQlTester as(String username) {
		return tester((headers) -> headers.setBasicAuth(username, PASSWORD));
	}

	private HttpGraphQlTester tester(Consumer<HttpHeaders> headers) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.defaultHeaders(headers)
			.build());
	}

}
