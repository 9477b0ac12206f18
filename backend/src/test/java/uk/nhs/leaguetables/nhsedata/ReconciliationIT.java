package uk.nhs.leaguetables.nhsedata;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.nhsedata.ReconciliationService.ReconciledTable;
import uk.nhs.leaguetables.nhsedata.domain.Reconciliation;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.SegmentDecisionService;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionService;

import uk.nhs.leaguetables.testsupport.SecondPreparer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reproduction through the product: NHS England's published NOF 2025/26 trust data
 * for the non-acute and ambulance leagues (Q1–Q3) imported, accepted, its Recovery
 * Support Programme members recorded by an approver, both leagues calculated and each
 * calculation reconciled with the imported reference publication. Every metric score
 * whose peer pool the files hold must be NHS England's, except where tied published
 * values were ordered by NHS England on unrounded ones; the deficit and programme flags
 * must all match. Metrics pooled with trusts outside the files (acute trusts), and the
 * segments, whose pooled cut-offs need the acute averages, are reported in
 * {@code target/reconciliation-2025-26.md}, not asserted. Rolled back.
 */
@SpringBootTest
@Transactional
class ReconciliationIT {

	private static final List<String> QUARTERS = List.of("2025/26 Q1", "2025/26 Q2", "2025/26 Q3");

	/** Metrics ranked within a league or within the two leagues of the files. */
	private static final Set<String> POOL_IN_FILES = Set.of("OF1017", "OF1035", "OF1047", "OF1061", "OF1067", "OF1079",
			"OF1081", "OF1084", "OF1086");

	private static final String REASON = "NHS England's published NOF 2025/26 trust data";

	@Autowired
	NhsEnglandImportService imports;

	@Autowired
	SubmissionService submissions;

	@Autowired
	SegmentDecisionService decisions;

	@Autowired
	PeriodWorkflowService workflow;

	@Autowired
	CalculationService calculations;

	@Autowired
	ReconciliationService reconciliations;

	@Autowired
	ExecutionGraphQlService graphQlService;

	@Test
	void the_published_trust_data_imported_and_calculated_reconciles_with_nhs_englands_publication()
			throws IOException {
		Map<League, ImportResult> imported = new TreeMap<>();
		imported.put(League.NON_ACUTE, importAndAccept(NhsEnglandImportIT.MENTAL_HEALTH_FILE, League.NON_ACUTE));
		imported.put(League.AMBULANCE, importAndAccept(NhsEnglandImportIT.AMBULANCE_FILE, League.AMBULANCE));

		var byItem = new TreeMap<String, int[]>();
		for (String quarter : QUARTERS) {
			for (League league : imported.keySet()) {
				recordRecoverySupport(quarter, league);
			}
			SystemActor.runAs("nhse-preparer", Role.PREPARER, () -> imported.keySet().forEach((league) -> {
				workflow.lockData(quarter, league);
				calculations.calculate(quarter, league);
			}));
			for (League league : imported.keySet()) {
				ReconciledTable table = SystemActor.callAs("nhse-auditor", Role.AUDITOR,
						() -> reconciliations.reconcile(quarter, league, null, null).orElseThrow());
				List<ReferenceRow> published = reference(quarter, league);
				Map<String, Set<BigDecimal>> tiedValues = tiedPublishedValues(published);
				Map<String, BigDecimal> values = new HashMap<>();
				published.stream()
					.filter((row) -> row.kind().equals("VALUE"))
					.forEach((row) -> values.put(row.organisationCode() + "|OF1" + row.metricId().substring(3),
							row.value().stripTrailingZeros()));
				for (Reconciliation.Line line : table.result().lines()) {
					int[] counts = byItem.computeIfAbsent(line.item(), (item) -> new int[3]);
					counts[2]++;
					if (line.matches()) {
						counts[0]++;
					}
					else if (values.containsKey(line.organisationCode() + "|" + line.item())
							&& tiedValues.getOrDefault(line.item(), Set.of())
								.contains(values.get(line.organisationCode() + "|" + line.item()))) {
						counts[1]++;
					}
				}
			}
		}
		writeReport(byItem);

		POOL_IN_FILES.forEach((item) -> {
			int[] counts = byItem.get(item);
			assertThat(counts).as(item).isNotNull();
			assertThat(counts[0] + counts[1]).as("%s reproduced or tied on a published value", item)
				.isGreaterThanOrEqualTo((int) Math.ceil(0.99 * counts[2]));
		});
		assertThat(byItem.get("OF1017")[0]).as("Category 2 response: the standard, then ranked").isEqualTo(30);
		assertThat(byItem.get("OF1086")[0]).as("relative cost across both leagues").isEqualTo(212);
		assertThat(byItem.get("OF5004")).as("financial override flag").satisfies((counts) -> {
			assertThat(counts[0]).isEqualTo(counts[2]);
			assertThat(counts[2]).isEqualTo(213);
		});
		assertThat(byItem.get("OF5007")).as("Recovery Support flag (Q1 and Q2 only)")
			.satisfies((counts) -> assertThat(counts[0]).isEqualTo(142));

		ExecutionGraphQlServiceTester graphQl = ExecutionGraphQlServiceTester.create(graphQlService);
		SystemActor.runAs("nhse-approver", Role.APPROVER, () -> {
			var response = graphQl
				.document(
						"""
								{ reconciliation(period: "2025/26 Q1", league: AMBULANCE) {
								    period league compared matching reference { revision }
								    items { item compared matching }
								    lines(onlyDifferences: true, first: 5) { organisation { code } item ours theirs difference matches }
								} }""")
				.execute();
			response.path("reconciliation.period").entity(String.class).isEqualTo("2025/26 Q1");
			response.path("reconciliation.reference.revision").entity(Integer.class).isEqualTo(1);
			response.path("reconciliation.items[?(@.item == 'OF1047')].matching")
				.entityList(Integer.class)
				.containsExactly(10);
			response.path("reconciliation.lines[*].matches")
				.entityList(Boolean.class)
				.satisfies((matches) -> assertThat(matches).doesNotContain(true));
		});
	}

	private ImportResult importAndAccept(String file, League league) throws IOException {
		byte[] content;
		try (InputStream in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(file))) {
			content = in.readAllBytes();
		}
		ImportResult result = SystemActor.callAs("nhse-preparer", Role.PREPARER, () -> imports
			.importTrustData(new ImportRequest(file, SubmissionFormat.CSV, league, null, REASON), content));
		assertThat(result.report().succeeded()).as("%s", result.report().issues()).isTrue();
		SystemActor.runAs("nhse-preparer", Role.PREPARER, () -> {
			for (SubmissionReport submission : result.submissions()) {
				assertThat(SecondPreparer.accept(submissions, submission.submissionId(), true).status())
					.isEqualTo("ACCEPTED");
			}
		});
		return result;
	}

	/**
	 * NHS England's Recovery Support Programme members (OF5007, published for Q1 and Q2)
	 * are decisions an approver records.
	 */
	private void recordRecoverySupport(String quarter, League league) {
		List<ReferenceRow> rows = reference(quarter, league);
		SystemActor.runAs("nhse-approver", Role.APPROVER,
				() -> rows.stream()
					.filter((row) -> row.metricId().equals("OF5007") && row.value().signum() > 0)
					.forEach((row) -> decisions.record(quarter, row.organisationCode(),
							SegmentDecisionKind.RECOVERY_SUPPORT, null,
							"In NHS England's Recovery Support Programme (OF5007)")));
	}

	private List<ReferenceRow> reference(String quarter, League league) {
		return SystemActor.callAs("nhse-auditor", Role.AUDITOR, () -> {
			ReferencePublication publication = imports.reference(quarter, league, null).orElseThrow();
			return imports.rows(List.of(publication.id())).get(publication.id());
		});
	}

	/**
	 * Per score item, the published raw values that more than one organisation of the
	 * league shares: NHS England orders such ties on unrounded values, which the file
	 * does not hold.
	 */
	private static Map<String, Set<BigDecimal>> tiedPublishedValues(List<ReferenceRow> published) {
		Map<String, Map<BigDecimal, Integer>> counts = new HashMap<>();
		for (ReferenceRow row : published) {
			if (row.kind().equals("VALUE")) {
				counts.computeIfAbsent("OF1" + row.metricId().substring(3), (item) -> new HashMap<>())
					.merge(row.value().stripTrailingZeros(), 1, Integer::sum);
			}
		}
		Map<String, Set<BigDecimal>> tied = new HashMap<>();
		counts.forEach((item, byValue) -> tied.put(item, Set.copyOf(
				byValue.entrySet().stream().filter((entry) -> entry.getValue() > 1).map(Map.Entry::getKey).toList())));
		return tied;
	}

	private static void writeReport(Map<String, int[]> byItem) throws IOException {
		var report = new StringBuilder("# Reconciliation of NHS England's published NOF 2025/26 trust data\n\n")
			.append("Non-acute and ambulance, Q1-Q3, imported, calculated and reconciled (ReconciliationIT).\n\n")
			.append("| item | matching | tied on a published value | compared |\n|---|---|---|---|\n");
		byItem.forEach((item, counts) -> report.append("| ")
			.append(item)
			.append(" | ")
			.append(counts[0])
			.append(" | ")
			.append(counts[1])
			.append(" | ")
			.append(counts[2])
			.append(" |\n"));
		Path target = Path.of("target");
		Files.createDirectories(target);
		Files.writeString(target.resolve("reconciliation-2025-26.md"), report);
	}

}
