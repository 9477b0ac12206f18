package uk.nhs.leaguetables.nhsedata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.db.enums.PeriodStatus;
import uk.nhs.leaguetables.nhsedata.domain.TrustDataSubmission;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.inline;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_VERSION;
import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.NHSE_REFERENCE_PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.NHSE_REFERENCE_ROW;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.SCORED_ITEM;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION_ROW;

/**
 * NHS England's two published trust data files (mental health and community, ambulance;
 * 2025/26 Q1 to Q3) imported on real PostgreSQL. The imports of real quarters run in a
 * transaction each test rolls back, since other tests accept data into the same quarters;
 * for the same reason they are imported as corrections, which skips only the check
 * against values accepted before. The failing imports commit, to show that they leave
 * nothing.
 */
@SpringBootTest
class NhsEnglandImportIT {

	static final String MENTAL_HEALTH_FILE = "nhse/nhse_nof_trust_data_2025-26_Q1-Q3_mental_health_community.csv";

	static final String AMBULANCE_FILE = "nhse/nhse_nof_trust_data_2025-26_Q1-Q3_ambulance.csv";

	private static final String CORRECTION = "NHS England's published trust data";

	@Autowired
	NhsEnglandImportService imports;

	@Autowired
	DSLContext dsl;

	@Test
	@Transactional
	void imports_both_published_files_as_a_submission_and_a_reference_publication_per_quarter() {
		ImportResult mentalHealth = importAs("nhse-preparer", Role.PREPARER, MENTAL_HEALTH_FILE, League.NON_ACUTE,
				null);
		ImportResult ambulance = importAs("nhse-admin", Role.ADMIN, AMBULANCE_FILE, League.AMBULANCE, null);

		assertThat(mentalHealth.report().succeeded()).as("%s", mentalHealth.report().issues()).isTrue();
		assertThat(mentalHealth.report().rowCount()).isEqualTo(6639);
		// raw values (OF0xxx), the scores published without a value (OF1035, OF1067) and
		// each trust's deficit-support flag (OF5004)
		assertThat(mentalHealth.submissions()).extracting(SubmissionReport::rowCount).containsExactly(695, 703, 699);
		assertThat(mentalHealth.submissions()).extracting(SubmissionReport::errorCount).containsOnly(0);
		assertThat(mentalHealth.submissions()).extracting(SubmissionReport::status).containsOnly("VALIDATED");
		assertThat(mentalHealth.references()).extracting(ReferencePublication::periodCode)
			.containsExactly("2025/26 Q1", "2025/26 Q2", "2025/26 Q3");
		assertThat(mentalHealth.references()).extracting(ReferencePublication::rowCount)
			.containsExactly(2242, 2260, 2137);
		assertThat(mentalHealth.references()).extracting(ReferencePublication::revision).containsOnly(1);
		assertThat(mentalHealth.references()).extracting(ReferencePublication::importedBy)
			.containsOnly("nhse-preparer");

		assertThat(ambulance.report().succeeded()).as("%s", ambulance.report().issues()).isTrue();
		assertThat(ambulance.submissions()).extracting(SubmissionReport::rowCount).containsExactly(101, 101, 101);
		assertThat(ambulance.references()).extracting(ReferencePublication::rowCount).containsExactly(351, 351, 331);

		long q1Submission = mentalHealth.submissions().get(0).submissionId();
		var submission = dsl.fetchSingle(SUBMISSION, SUBMISSION.ID.eq(q1Submission));
		assertThat(submission.getSource()).isEqualTo(uk.nhs.leaguetables.db.enums.SubmissionSource.NHS_ENGLAND);
		assertThat(submission.getFormat()).isEqualTo(uk.nhs.leaguetables.db.enums.SubmissionFormat.CSV);
		assertThat(submission.getFileName()).isEqualTo(MENTAL_HEALTH_FILE);
		assertThat(submission.getUploadedBy()).isEqualTo("nhse-preparer");
		assertThat(submission.getPeriodCode()).isEqualTo("2025/26 Q1");
		assertThat(mentalHealth.references().get(0).submissionId()).isEqualTo(q1Submission);

		// the Tavistock (closed in March 2026) and the care trusts are known and open in
		// 2025/26; a score published without a value is a score row with its
		// justification
		var bradfordSurvey = dsl.fetchSingle(SUBMISSION_ROW, SUBMISSION_ROW.SUBMISSION_ID.eq(q1Submission),
				SUBMISSION_ROW.ORGANISATION_CODE.eq("TAD"), SUBMISSION_ROW.METRIC_CODE.eq("OF0035"));
		assertThat(bradfordSurvey.getManualScore()).isNotNull();
		assertThat(bradfordSurvey.getValue()).isNull();
		assertThat(bradfordSurvey.getCategory()).isNull();
		assertThat(bradfordSurvey.getComment()).isEqualTo(TrustDataSubmission.SCORE_ONLY_COMMENT);
		assertThat(dsl.fetchCount(SUBMISSION_ROW, SUBMISSION_ROW.SUBMISSION_ID.eq(q1Submission),
				SUBMISSION_ROW.ORGANISATION_CODE.in("RNK", "RY2", "RYV", "TAD", "TAH", "TAJ")))
			.isPositive();
		assertThat(dsl.fetchCount(SUBMISSION_ROW, SUBMISSION_ROW.SUBMISSION_ID.eq(q1Submission),
				SUBMISSION_ROW.METRIC_CODE.eq("OF0067")))
			.isPositive();

		ReferencePublication q1 = SystemActor.callAs("nhse-auditor", Role.AUDITOR,
				() -> imports.reference("2025/26 Q1", League.NON_ACUTE, null).orElseThrow());
		List<ReferenceRow> rows = SystemActor.callAs("nhse-auditor", Role.AUDITOR,
				() -> imports.rows(List.of(q1.id())).get(q1.id()));
		assertThat(rows).hasSize(2242);
		assertThat(rows).extracting(ReferenceRow::organisationCode).doesNotContainNull().hasSize(2242);
		ReferenceRow segment = rows.stream()
			.filter((row) -> row.organisationCode().equals("RNK") && row.metricId().equals("OF5000"))
			.findFirst()
			.orElseThrow();
		assertThat(segment.kind()).isEqualTo("SEGMENT");
		ReferenceRow crisisContact = rows.stream()
			.filter((row) -> row.metricId().equals("OF0016") && row.rank() != null)
			.findFirst()
			.orElseThrow();
		assertThat(crisisContact.median()).isNotNull();
		assertThat(crisisContact.lowerQuartile()).isNotNull();
		assertThat(crisisContact.upperQuartile()).isNotNull();
		assertThat(crisisContact.metricCode()).isEqualTo("OF0016");
		assertThat(dsl.fetchCount(NHSE_REFERENCE_ROW, NHSE_REFERENCE_ROW.PUBLICATION_ID.eq(q1.id()),
				NHSE_REFERENCE_ROW.METRIC_ID.eq("OF5004")))
			.as("the financial override flags stay in the reference")
			.isEqualTo(61);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("NHSE_REFERENCE_IMPORTED"),
				AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(q1.id()))))
			.isEqualTo(1);

		// the same file again: the stored publications and submissions, nothing new
		ImportResult again = importAs("nhse-preparer", Role.PREPARER, MENTAL_HEALTH_FILE, League.NON_ACUTE, null);
		assertThat(again.references()).extracting(ReferencePublication::id)
			.containsExactlyElementsOf(mentalHealth.references().stream().map(ReferencePublication::id).toList());
		assertThat(again.references()).extracting(ReferencePublication::alreadyLoaded).containsOnly(true);
		assertThat(again.submissions()).extracting(SubmissionReport::submissionId)
			.containsExactlyElementsOf(
					mentalHealth.submissions().stream().map(SubmissionReport::submissionId).toList());

		// a different file with the same quarter: a new revision, the earlier one kept
		String q1Only = lines(AMBULANCE_FILE).stream()
			.filter((line) -> line.startsWith("Quarter") || line.startsWith("Q1 2025/26"))
			.collect(Collectors.joining("\n", "", "\n"));
		ImportResult revised = SystemActor.callAs("nhse-preparer", Role.PREPARER, () -> imports.importTrustData(
				new ImportRequest("ambulance-q1.csv", SubmissionFormat.CSV, League.AMBULANCE, "2025/26 Q1", CORRECTION),
				q1Only.getBytes(StandardCharsets.UTF_8)));
		assertThat(revised.references()).singleElement().satisfies((reference) -> {
			assertThat(reference.revision()).isEqualTo(2);
			assertThat(reference.alreadyLoaded()).isFalse();
		});
		// the quarter's rows are those already submitted: the same submission
		assertThat(revised.submissions()).singleElement().satisfies((same) -> {
			assertThat(same.submissionId()).isEqualTo(ambulance.submissions().get(0).submissionId());
			assertThat(same.alreadyLoaded()).isTrue();
		});
		assertThat(SystemActor.callAs("nhse-auditor", Role.AUDITOR,
				() -> imports.reference("2025/26 Q1", League.AMBULANCE, 1).orElseThrow().id()))
			.isEqualTo(ambulance.references().get(0).id());

		// read-only: the database refuses to change a publication or its rows
		assertThatThrownBy(() -> dsl.transaction((nested) -> nested.dsl()
			.update(NHSE_REFERENCE_ROW)
			.set(NHSE_REFERENCE_ROW.VALUE, java.math.BigDecimal.ONE)
			.where(NHSE_REFERENCE_ROW.PUBLICATION_ID.eq(q1.id()))
			.execute())).rootCause().hasMessageContaining("permission denied for table nhse_reference_row");
		assertThatThrownBy(() -> dsl.transaction((nested) -> nested.dsl()
			.deleteFrom(NHSE_REFERENCE_PUBLICATION)
			.where(NHSE_REFERENCE_PUBLICATION.ID.eq(q1.id()))
			.execute())).rootCause().hasMessageContaining("permission denied for table nhse_reference_publication");
	}

	@Test
	void a_row_the_submission_pipeline_refuses_stores_nothing() {
		// OF0005 (community waits) does not apply to ambulance trusts: the file's rules
		// pass
		// it, the submission's refuse it, after the quarter's rows were staged
		List<String> lines = lines(AMBULANCE_FILE).stream()
			.filter((line) -> line.startsWith("Quarter") || line.startsWith("Q1 2025/26"))
			.collect(Collectors.toList());
		lines.add(lines.get(1).replace("OF0017,Average Category 2 ambulance response time", "OF0005,Community waits"));
		int badRow = lines.size();
		String fileName = "ambulance-with-a-bad-row.csv";
		int publicationsBefore = dsl.fetchCount(NHSE_REFERENCE_PUBLICATION);
		int submissionsBefore = dsl.fetchCount(SUBMISSION);

		ImportResult result = SystemActor.callAs("nhse-preparer", Role.PREPARER,
				() -> imports.importTrustData(
						new ImportRequest(fileName, SubmissionFormat.CSV, League.AMBULANCE, "2025/26 Q1", null),
						String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));

		assertThat(result.report().succeeded()).isFalse();
		assertThat(result.report().issues()).anySatisfy((issue) -> {
			assertThat(issue.row()).isEqualTo(badRow);
			assertThat(issue.column()).isEqualTo("Metric_ID");
			assertThat(issue.value()).isEqualTo("OF0005");
			assertThat(issue.rule()).isEqualTo("METRIC_NOT_APPLICABLE");
		});
		assertThat(result.submissions()).isEmpty();
		assertThat(result.references()).isEmpty();
		assertThat(dsl.fetchCount(NHSE_REFERENCE_PUBLICATION)).isEqualTo(publicationsBefore);
		assertThat(dsl.fetchCount(SUBMISSION)).isEqualTo(submissionsBefore);
		assertThat(dsl.fetchExists(SUBMISSION, SUBMISSION.FILE_NAME.eq(fileName))).isFalse();
	}

	@Test
	void a_value_outside_its_range_is_reported_before_anything_is_stored() {
		List<String> lines = lines(AMBULANCE_FILE);
		// row 3: North East Ambulance's Category 2 time, 20.53 minutes, made 20,053
		lines.set(2, lines.get(2).replace(",20.53,", ",20053,"));
		int publicationsBefore = dsl.fetchCount(NHSE_REFERENCE_PUBLICATION);

		ImportResult result = SystemActor.callAs("nhse-preparer", Role.PREPARER,
				() -> imports.importTrustData(
						new ImportRequest("ambulance-typo.csv", SubmissionFormat.CSV, League.AMBULANCE, null, null),
						String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));

		assertThat(result.report().errorCount()).isEqualTo(1);
		assertThat(result.report().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.row()).isEqualTo(3);
			assertThat(issue.column()).isEqualTo("Value");
			assertThat(issue.value()).isEqualTo("20053");
			assertThat(issue.rule()).isEqualTo("OUT_OF_RANGE");
			assertThat(issue.message()).contains("OF0017", "0 to 600");
		});
		assertThat(dsl.fetchCount(NHSE_REFERENCE_PUBLICATION)).isEqualTo(publicationsBefore);
	}

	@Test
	void an_import_into_the_wrong_league_names_the_trust_type_of_every_row() {
		ImportResult result = importAs("nhse-preparer", Role.PREPARER, AMBULANCE_FILE, League.NON_ACUTE, null);

		assertThat(result.report().errorCount()).isEqualTo(2 * 1033);
		assertThat(result.report().issues()).extracting(uk.nhs.leaguetables.nhsedata.domain.ImportIssue::rule)
			.containsOnly("LEAGUE_MISMATCH", "TRUST_LEAGUE_MISMATCH");
	}

	@Test
	@Transactional
	void opens_a_quarter_of_a_framework_versions_year_and_refuses_a_quarter_no_version_covers() {
		copyFramework("NOF-2025/26", "NOF-2029/30", "2029/30");
		String q1 = lines(AMBULANCE_FILE).stream()
			.filter((line) -> line.startsWith("Quarter") || line.startsWith("Q1 2025/26"))
			.map((line) -> line.replace("Q1 2025/26", "Q1 2029/30"))
			.collect(Collectors.joining("\n", "", "\n"));

		ImportResult result = SystemActor.callAs("nhse-preparer", Role.PREPARER,
				() -> imports.importTrustData(
						new ImportRequest("ambulance-2029.csv", SubmissionFormat.CSV, League.AMBULANCE, null, null),
						q1.getBytes(StandardCharsets.UTF_8)));

		assertThat(result.report().succeeded()).as("%s", result.report().issues()).isTrue();
		assertThat(result.references()).singleElement().satisfies((reference) -> {
			assertThat(reference.periodCode()).isEqualTo("2029/30 Q1");
			assertThat(reference.frameworkCode()).isEqualTo("NOF-2029/30");
		});
		assertThat(dsl.select(PERIOD_LEAGUE.LEAGUE, PERIOD_LEAGUE.STATUS)
			.from(PERIOD_LEAGUE)
			.where(PERIOD_LEAGUE.PERIOD_CODE.eq("2029/30 Q1"))
			.fetchMap(PERIOD_LEAGUE.LEAGUE, PERIOD_LEAGUE.STATUS)).hasSize(3)
			.containsValue(PeriodStatus.OPEN)
			.doesNotContainValue(PeriodStatus.DATA_LOCKED);
		assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PERIOD_OPENED"),
				AUDIT_EVENT.PERIOD_CODE.eq("2029/30 Q1")))
			.isTrue();

		ImportResult uncovered = SystemActor.callAs("nhse-preparer", Role.PREPARER,
				() -> imports.importTrustData(
						new ImportRequest("ambulance-2031.csv", SubmissionFormat.CSV, League.AMBULANCE, null, null),
						q1.replace("Q1 2029/30", "Q1 2031/32").getBytes(StandardCharsets.UTF_8)));
		assertThat(uncovered.report().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.rule()).isEqualTo("UNKNOWN_PERIOD");
			assertThat(issue.row()).isEqualTo(2);
			assertThat(issue.message()).contains("2031/32 Q1", "no framework version covers 2031/32");
		});
	}

	private ImportResult importAs(String user, Role role, String file, League league, String period) {
		return SystemActor.callAs(user, role, () -> imports
			.importTrustData(new ImportRequest(file, SubmissionFormat.CSV, league, period, CORRECTION), read(file)));
	}

	/**
	 * A framework version with the catalogue of another, for a financial year of its own.
	 */
	private void copyFramework(String from, String to, String financialYear) {
		copy(FRAMEWORK_VERSION, FRAMEWORK_VERSION.CODE, from,
				Map.of(FRAMEWORK_VERSION.CODE, to, FRAMEWORK_VERSION.FINANCIAL_YEAR, financialYear));
		copy(FRAMEWORK_LEAGUE, FRAMEWORK_LEAGUE.FRAMEWORK_CODE, from, Map.of(FRAMEWORK_LEAGUE.FRAMEWORK_CODE, to));
		copy(SCORED_ITEM, SCORED_ITEM.FRAMEWORK_CODE, from, Map.of(SCORED_ITEM.FRAMEWORK_CODE, to));
		copy(METRIC, METRIC.FRAMEWORK_CODE, from, Map.of(METRIC.FRAMEWORK_CODE, to));
		copy(METRIC_LEAGUE, METRIC_LEAGUE.FRAMEWORK_CODE, from, Map.of(METRIC_LEAGUE.FRAMEWORK_CODE, to));
	}

	private void copy(Table<?> table, TableField<?, String> key, String from, Map<Field<?>, String> replaced) {
		List<Field<?>> fields = List.of(table.fields());
		dsl.insertInto(table)
			.columns(fields)
			.select(dsl
				.select(fields.stream()
					.map((field) -> replaced.containsKey(field) ? inline(replaced.get(field)).as(field.getName())
							: field)
					.toList())
				.from(table)
				.where(key.eq(from)))
			.execute();
	}

	static byte[] read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> lines(String resource) {
		return new String(read(resource), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
	}

}
