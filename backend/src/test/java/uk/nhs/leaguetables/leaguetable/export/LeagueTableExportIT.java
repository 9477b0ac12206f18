package uk.nhs.leaguetables.leaguetable.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.leaguetable.DomainResult;
import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.publication.SegmentDecisionService;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;
import uk.nhs.leaguetables.testsupport.SqlStatementCounter;
import uk.nhs.leaguetables.testsupport.TestPeriods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Anonymous clients download a published ambulance league table in both of NHS England's
 * layouts as CSV and XLSX. Once per test run the table of 2021/22 Q1 (a quarter no other
 * test uses) is published, with one trust placed in the Recovery Support Programme, and
 * the one of 2021/22 Q2 only calculated, as a draft.
 */
// the configuration of OrganisationResultsQueryIT, so that both share one application
// context; the statement counter proves a download is a fixed number of statements
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.http.codecs.max-in-memory-size=16MB", "league-tables.graphql.cache.enabled=false" })
@Import({ SqlStatementCounter.class, DemoLeagueTables.class })
class LeagueTableExportIT {

	/** London Ambulance Service, placed in the Recovery Support Programme. */
	private static final String IN_RECOVERY_SUPPORT = "RRU";

	private static final String PERIOD = "2021/22 Q1";

	private static final String DRAFT_PERIOD = "2021/22 Q2";

	private static final String LEAGUE_TABLE_CSV = "/exports/league-tables/2021-22-Q1/ambulance.csv";

	private static final String TRUST_DATA_CSV = "/exports/league-tables/2021-22-Q1/ambulance/trust-data.csv";

	private static boolean published;

	@LocalServerPort
	int port;

	@Autowired
	DemoLeagueTables demoTables;

	@Autowired
	LeagueTableRepository tables;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	SegmentDecisionService decisions;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	DSLContext dsl;

	@BeforeEach
	void publishOneQuarterAndCalculateAnother() {
		if (published) {
			return;
		}
		TestPeriods.open(dsl, PERIOD, uk.nhs.leaguetables.db.enums.League.AMBULANCE);
		SystemActor.runAs("export-approver", Role.APPROVER,
				() -> decisions.record(PERIOD, IN_RECOVERY_SUPPORT, SegmentDecisionKind.RECOVERY_SUPPORT, null,
						"Agreed by the regional support group for the export test"));
		demoTables.publish(PERIOD, League.AMBULANCE, "2024/25 Q1");
		demoTables.calculate(DRAFT_PERIOD, League.AMBULANCE, "2024/25 Q2");
		published = true;
	}

	@Test
	void the_league_table_csv_has_nhs_englands_columns_and_the_published_rows_in_rank_order() {
		var response = client().get().uri(LEAGUE_TABLE_CSV).exchange();

		response.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"ambulance-league-table-2021-22-Q1-revision-1.csv\"")
			.expectHeader()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
		List<CSVRecord> lines = csv(response.expectBody(String.class).returnResult().getResponseBody());

		assertThat(lines.get(0).values()).containsExactly("Quarter", "Region", "Trust_type", "Trust_subtype",
				"Trust_code", "Trust_name", "Average_metric_score", "Likely_score_range", "Segment", "In_deficit",
				"Rank", "Likely_rank_range", "In_recovery_support_programme", "Final_segment_score_override",
				"Segment_1_cut_off", "Segment_2_cut_off", "Segment_3_cut_off");
		PublishedTable table = table();
		List<String> cutOffs = tables.segmentations(List.of(table.calculationId()))
			.get(table.calculationId())
			.cutOffs()
			.stream()
			.map(BigDecimal::toPlainString)
			.toList();
		assertThat(cutOffs).hasSize(3);
		List<LeagueTableRow> rows = tables.rows(table.calculationId());
		assertThat(lines).hasSize(rows.size() + 1);
		LeagueTableRow first = rows.get(0);
		Organisation trust = organisations.findByCode(first.organisationCode()).orElseThrow();
		assertThat(lines.get(1).values()).containsExactly("Q1 2021/22", trust.region().name(), "Ambulance",
				nullToEmpty(trust.trustSubtype()), trust.code(), trust.name(), first.averageScore().toPlainString(),
				first.likelyScoreLow() + " - " + first.likelyScoreHigh(), String.valueOf(first.segment()),
				first.inDeficit() ? "Yes" : "No", "1", first.likelyRankBest() + " - " + first.likelyRankWorst(),
				first.recoverySupport() ? "Yes" : "No", String.valueOf(first.supportSegment()), cutOffs.get(0),
				cutOffs.get(1), cutOffs.get(2));
		assertThat(lines.stream().skip(1).map((line) -> line.get(4)))
			.containsExactlyElementsOf(rows.stream().map(LeagueTableRow::organisationCode).toList());
		// NOF 2025/26: the trust keeps its public segment and rank, flagged, and its
		// final segment score override is 5
		CSVRecord inSupport = lines.stream()
			.filter((line) -> line.get(4).equals(IN_RECOVERY_SUPPORT))
			.findFirst()
			.orElseThrow();
		assertThat(Integer.parseInt(inSupport.get(8))).isBetween(1, 4);
		assertThat(inSupport.get(10)).isNotEmpty();
		assertThat(inSupport.get(12)).isEqualTo("Yes");
		assertThat(inSupport.get(13)).isEqualTo("5");
		lines.stream().skip(1).filter((line) -> !line.get(4).equals(IN_RECOVERY_SUPPORT)).forEach((line) -> {
			assertThat(line.get(12)).isEqualTo("No");
			assertThat(line.get(13)).isEqualTo(line.get(8));
		});
	}

	@Test
	void the_trust_data_csv_has_each_value_with_the_peer_statistics_and_its_score_by_trust_and_metric_id() {
		List<CSVRecord> lines = trustDataLines();

		assertThat(lines.get(0).values()).containsExactly("Quarter", "Region", "Trust_type", "Trust_subtype",
				"Trust_code", "Trust_name", "Domain", "Sub-domain", "Metric_ID", "Metric_description", "Reporting_date",
				"Units", "Value", "Median_value", "Lower_quartile", "Upper_quartile", "Rank");
		List<LeagueTableRow> rows = tables.rows(table().calculationId());
		Map<LeagueTableRow.ResultKey, List<MetricScore>> scores = tables
			.metricScores(rows.stream().map(LeagueTableRow::key).toList());
		MetricScore known = scores.get(rows.get(0).key())
			.stream()
			.filter((score) -> score.value() != null && score.rank() != null)
			.findFirst()
			.orElseThrow();
		CSVRecord line = line(lines, known.organisationCode(), known.metricId());
		assertThat(line.get(0)).isEqualTo("Q1 2021/22");
		assertThat(line.get(2)).isEqualTo("Ambulance");
		assertThat(line.get(6)).isIn("Access to services", "Effectiveness and experience", "Patient safety",
				"People and workforce", "Finance and productivity");
		assertThat(line.get(9)).isNotBlank();
		assertThat(line.get(10)).isIn("Jun-21", "Mar-21", "2021/22");
		assertThat(new BigDecimal(line.get(12))).isEqualByComparingTo(known.value());
		assertThat(new BigDecimal(line.get(13))).isNotNull();
		assertThat(new BigDecimal(line.get(14))).isLessThanOrEqualTo(new BigDecimal(line.get(15)));
		assertThat(line.get(16)).isEqualTo(String.valueOf(known.rank()));

		// every metric value has its score line, OF1xxx, with the same rank
		for (List<MetricScore> organisationScores : scores.values()) {
			for (MetricScore score : organisationScores) {
				CSVRecord value = line(lines, score.organisationCode(), score.metricId());
				CSVRecord scored = line(lines, score.organisationCode(), "OF1" + score.metricId().substring(3));
				assertThat(scored.values()).startsWith(Arrays.copyOfRange(value.values(), 0, 8));
				assertThat(scored.get(9)).isEqualTo(value.get(9));
				assertThat(scored.get(10)).isEqualTo(value.get(10));
				assertThat(scored.get(11)).isEqualTo("score");
				assertThat(new BigDecimal(scored.get(12))).isEqualByComparingTo(score.score());
				assertThat(scored.get(13) + scored.get(14) + scored.get(15)).isEmpty();
				assertThat(scored.get(16)).isEqualTo(value.get(16));
			}
		}
		// by trust code, then by metric id
		List<String> order = lines.stream().skip(1).map((each) -> each.get(4) + " " + each.get(8)).toList();
		assertThat(order).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void the_trust_data_csv_has_nhs_englands_composite_domain_and_summary_items_from_the_stored_results() {
		List<CSVRecord> lines = trustDataLines();
		List<LeagueTableRow> rows = tables.rows(table().calculationId());
		List<LeagueTableRow.ResultKey> keys = rows.stream().map(LeagueTableRow::key).toList();
		Map<LeagueTableRow.ResultKey, List<DomainResult>> domains = tables.domainResults(keys);
		Map<LeagueTableRow.ResultKey, List<MetricScore>> scores = tables.metricScores(keys);
		assertThat(rows).anySatisfy((row) -> assertThat(row.recoverySupport()).isTrue());

		for (LeagueTableRow row : rows) {
			String code = row.organisationCode();
			CSVRecord segment = line(lines, code, "OF5000");
			assertThat(Arrays.copyOfRange(segment.values(), 6, 12)).containsExactly("Summary", "Summary", "OF5000",
					"Adjusted segment", "Q1 2021/22", "segment");
			assertThat(segment.get(12)).isEqualTo(String.valueOf(row.segment()));
			assertThat(segment.get(16)).isEqualTo(String.valueOf(row.rank()));
			CSVRecord average = line(lines, code, "OF5002");
			assertThat(average.get(9)).isEqualTo("Average metric score");
			assertThat(average.get(11)).isEqualTo("score");
			assertThat(new BigDecimal(average.get(12))).isEqualByComparingTo(row.averageScore());
			assertThat(average.get(16)).isEqualTo(String.valueOf(row.rankByAverageScore()));
			assertThat(value(lines, code, "OF5003")).isEqualTo(String.valueOf(row.scoreSegment()));
			assertThat(value(lines, code, "OF5004")).isEqualTo(row.inDeficit() ? "1" : "0");
			assertThat(value(lines, code, "OF5005"))
				.isEqualTo(row.recoverySupport() ? "5" : String.valueOf(row.segment()));
			assertThat(value(lines, code, "OF5007")).isEqualTo(row.recoverySupport() ? "1" : "0");
			assertThat(line(lines, code, "OF5007").get(9))
				.isEqualTo("Is the organisation in the Recovery Support Programme?");

			for (DomainResult domain : domains.get(row.key())) {
				String digits = DOMAIN_DIGITS.get(domain.domain());
				CSVRecord domainScore = line(lines, code, "OF40" + digits);
				assertThat(new BigDecimal(domainScore.get(12))).isEqualByComparingTo(domain.score());
				assertThat(domainScore.get(11)).isEqualTo("score");
				assertThat(domainScore.get(7)).isEqualTo(domainScore.get(6) + " domain score");
				// competition rank of the domain score among the table's organisations
				long better = domains.values()
					.stream()
					.flatMap(List::stream)
					.filter((other) -> other.domain().equals(domain.domain())
							&& other.score().compareTo(domain.score()) < 0)
					.count();
				assertThat(domainScore.get(16)).isEqualTo(String.valueOf(better + 1));
				if (domain.segment() != null) {
					CSVRecord domainSegment = line(lines, code, "OF41" + digits);
					assertThat(domainSegment.get(12)).isEqualTo(String.valueOf(domain.segment()));
					assertThat(domainSegment.get(11)).isEqualTo("segment");
					assertThat(domainSegment.get(7)).isEqualTo(domainSegment.get(6) + " domain segment");
					assertThat(domainSegment.get(16)).isEmpty();
				}
			}

			// combined finance is one item of the average; its members' scores are not
			List<BigDecimal> items = new java.util.ArrayList<>();
			scores.get(row.key())
				.stream()
				.filter((score) -> !score.metricId().equals("OF0079") && !score.metricId().equals("OF0081"))
				.forEach((score) -> items.add(score.score()));
			lines.stream()
				.filter((line) -> line.get(4).equals(code) && line.get(8).equals("OF1080"))
				.forEach((line) -> {
					assertThat(Arrays.copyOfRange(line.values(), 6, 12)).containsExactly("Finance and productivity",
							"Finance", "OF1080", "Combined finance", "Q1 2021/22", "score");
					items.add(new BigDecimal(line.get(12)));
				});
			BigDecimal mean = items.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
			assertThat(items).hasSize(row.scoredItemCount());
			// item scores are rounded to 2 places here, kept whole in the engine
			assertThat(mean).isCloseTo(row.averageScore(), within(new BigDecimal("0.01")));
		}
		assertThat(lines.stream().filter((line) -> line.get(8).equals("OF4005")).map((line) -> line.get(6)))
			.isNotEmpty()
			.containsOnly("Effectiveness and experience");
	}

	@Test
	void a_download_is_a_fixed_number_of_statements_whatever_the_size_of_the_table() {
		statements.reset();
		trustDataLines();
		// the publication, the framework's composite items, the lines
		assertThat(statements.count()).isEqualTo(3);

		statements.reset();
		client().get().uri(LEAGUE_TABLE_CSV).exchange().expectStatus().isOk().expectBody(String.class);
		assertThat(statements.count()).isEqualTo(2);
	}

	@Test
	void the_xlsx_downloads_open_with_text_cells_for_text_and_numeric_cells_for_numbers() throws IOException {
		List<Row> leagueTable = xlsx("/exports/league-tables/2021-22-Q1/ambulance.xlsx");
		assertThat(leagueTable.get(0).getCell(6).getText()).isEqualTo("Average_metric_score");
		Row first = leagueTable.get(1);
		assertThat(first.getCell(0)).extracting(Cell::getType, Cell::getText)
			.containsExactly(CellType.STRING, "Q1 2021/22");
		assertThat(first.getCell(5).getType()).isEqualTo(CellType.STRING);
		assertThat(first.getCell(6).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(6).asNumber())
			.isEqualByComparingTo(tables.rows(table().calculationId()).get(0).averageScore());
		assertThat(first.getCell(8).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(10)).extracting(Cell::getType, Cell::getText).containsExactly(CellType.NUMBER, "1");
		assertThat(first.getCell(12).getType()).isEqualTo(CellType.STRING);
		assertThat(first.getCell(13).getType()).isEqualTo(CellType.NUMBER);

		List<Row> trustData = xlsx("/exports/league-tables/2021-22-Q1/ambulance/trust-data.xlsx");
		assertThat(trustData.get(0).getCell(16).getText()).isEqualTo("Rank");
		assertThat(trustData).hasSize(csv(
				client().get().uri(TRUST_DATA_CSV).exchange().expectBody(String.class).returnResult().getResponseBody())
			.size());
		// score, domain and summary lines end before the median
		assertThat(trustData.stream().skip(1).flatMap((row) -> row.getOptionalCell(13).stream())).isNotEmpty()
			.allSatisfy((median) -> assertThat(median.getType()).isEqualTo(CellType.NUMBER));
		assertThat(trustData).filteredOn((row) -> row.getCellText(8).equals("OF5007"))
			.isNotEmpty()
			.allSatisfy((flag) -> assertThat(flag.getCell(12).getType()).isEqualTo(CellType.NUMBER));
	}

	@Test
	void a_repeated_download_with_its_etag_gets_304_without_a_body() {
		String etag = client().get()
			.uri(LEAGUE_TABLE_CSV)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).contains(table().outputDigest()).contains("league-table").contains("csv");

		client().get()
			.uri(LEAGUE_TABLE_CSV)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		// the same table in another format or layout is another file
		client().get()
			.uri("/exports/league-tables/2021-22-Q1/ambulance.xlsx")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void a_revision_can_be_chosen_and_one_that_was_never_published_is_404() {
		client().get().uri(LEAGUE_TABLE_CSV + "?revision=1").exchange().expectStatus().isOk();
		expectProblem(LEAGUE_TABLE_CSV + "?revision=2", 404,
				"Revision 2 of the AMBULANCE league table of 2021/22 Q1 has not been published");
		expectProblem(LEAGUE_TABLE_CSV + "?revision=0", 400, "The revision must be 1 or more, not 0");
	}

	@Test
	void a_draft_or_missing_table_is_404_never_its_draft_numbers() {
		expectProblem("/exports/league-tables/2021-22-Q2/ambulance.csv", 404,
				"The AMBULANCE league table of 2021/22 Q2 has not been published");
		expectProblem("/exports/league-tables/2021-22-Q2/ambulance/trust-data.xlsx", 404,
				"The AMBULANCE league table of 2021/22 Q2 has not been published");
		expectProblem("/exports/league-tables/2021-22-Q1/acute.csv", 404,
				"The ACUTE league table of 2021/22 Q1 has not been published");
	}

	@Test
	void a_malformed_period_or_an_unknown_league_is_400_with_the_expected_form() {
		expectProblem("/exports/league-tables/2021-Q1/ambulance.csv", 400,
				"The period '2021-Q1' is not a financial-year quarter written like 2024-25-Q4");
		expectProblem("/exports/league-tables/2021-23-Q1/ambulance.csv", 400,
				"the financial year starting in 2021 is 2021-22");
		expectProblem("/exports/league-tables/2021-22-Q1/dental.csv", 400,
				"There is no league 'dental'; the leagues are acute, non-acute, ambulance, icb");
		client().get().uri("/exports/league-tables/2021-22-Q1/ambulance.pdf").exchange().expectStatus().isNotFound();
	}

	private static final Map<String, String> DOMAIN_DIGITS = Map.of("ACCESS_TO_SERVICES", "00", "PATIENT_SAFETY", "02",
			"FINANCE_AND_PRODUCTIVITY", "03", "PEOPLE_AND_WORKFORCE", "04", "EFFECTIVENESS_AND_EXPERIENCE", "05");

	private List<CSVRecord> trustDataLines() {
		return csv(client().get()
			.uri(TRUST_DATA_CSV)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private static CSVRecord line(List<CSVRecord> lines, String organisation, String metricId) {
		return lines.stream()
			.filter((line) -> line.get(4).equals(organisation) && line.get(8).equals(metricId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line " + metricId + " of " + organisation));
	}

	private static String value(List<CSVRecord> lines, String organisation, String metricId) {
		return line(lines, organisation, metricId).get(12);
	}

	private PublishedTable table() {
		return tables.published(PERIOD, League.AMBULANCE, null).orElseThrow();
	}

	private void expectProblem(String uri, int status, String detail) {
		client().get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (text) -> assertThat(text).contains(detail));
	}

	private List<Row> xlsx(String uri) throws IOException {
		byte[] body = client().get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			return workbook.getFirstSheet().read();
		}
	}

	private static List<CSVRecord> csv(String body) {
		try {
			return CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

}
