package uk.nhs.leaguetables.leaguetable.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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

import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.MetricScore;
import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous clients download a published ambulance league table in both of NHS England's
 * layouts as CSV and XLSX. Once per test run the table of 2021/22 Q1 (a quarter no other
 * test uses) is published and the one of 2021/22 Q2 only calculated, as a draft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoLeagueTables.class)
class LeagueTableExportIT {

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

	@BeforeEach
	void publishOneQuarterAndCalculateAnother() {
		if (published) {
			return;
		}
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
				"Rank", "Likely_rank_range");
		PublishedTable table = table();
		List<LeagueTableRow> rows = tables.rows(table.calculationId());
		assertThat(lines).hasSize(rows.size() + 1);
		LeagueTableRow first = rows.get(0);
		Organisation trust = organisations.findByCode(first.organisationCode()).orElseThrow();
		assertThat(lines.get(1).values()).containsExactly("Q1 2021/22", trust.region().name(), "Ambulance",
				nullToEmpty(trust.trustSubtype()), trust.code(), trust.name(), first.averageScore().toPlainString(),
				first.likelyScoreLow() + " - " + first.likelyScoreHigh(), String.valueOf(first.segment()),
				first.inDeficit() ? "Yes" : "No", "1", first.likelyRankBest() + " - " + first.likelyRankWorst());
		assertThat(lines.stream().skip(1).map((line) -> line.get(4)))
			.containsExactlyElementsOf(rows.stream().map(LeagueTableRow::organisationCode).toList());
	}

	@Test
	void the_trust_data_csv_has_one_line_per_trust_and_metric_with_the_peer_statistics() {
		List<CSVRecord> lines = csv(client().get()
			.uri(TRUST_DATA_CSV)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());

		assertThat(lines.get(0).values()).containsExactly("Quarter", "Region", "Trust_type", "Trust_subtype",
				"Trust_code", "Trust_name", "Domain", "Sub-domain", "Metric_ID", "Metric_description", "Reporting_date",
				"Units", "Value", "Median_value", "Lower_quartile", "Upper_quartile", "Rank");
		PublishedTable table = table();
		List<LeagueTableRow> rows = tables.rows(table.calculationId());
		Map<LeagueTableRow.ResultKey, List<MetricScore>> scores = tables
			.metricScores(rows.stream().map(LeagueTableRow::key).toList());
		assertThat(lines).hasSize(1 + scores.values().stream().mapToInt(List::size).sum());
		MetricScore known = scores.get(rows.get(0).key())
			.stream()
			.filter((score) -> score.value() != null && score.rank() != null)
			.findFirst()
			.orElseThrow();
		CSVRecord line = lines.stream()
			.filter((candidate) -> candidate.get(4).equals(known.organisationCode())
					&& candidate.get(8).equals(known.metricId()))
			.findFirst()
			.orElseThrow();
		assertThat(line.get(0)).isEqualTo("Q1 2021/22");
		assertThat(line.get(2)).isEqualTo("Ambulance");
		assertThat(line.get(6)).isIn("Access to services", "Effectiveness and experience of care", "Patient safety",
				"People and workforce", "Finance and productivity");
		assertThat(line.get(9)).isNotBlank();
		assertThat(line.get(10)).isIn("Jun-21", "Mar-21", "2021/22");
		assertThat(new BigDecimal(line.get(12))).isEqualByComparingTo(known.value());
		assertThat(new BigDecimal(line.get(13))).isNotNull();
		assertThat(new BigDecimal(line.get(14))).isLessThanOrEqualTo(new BigDecimal(line.get(15)));
		assertThat(line.get(16)).isEqualTo(String.valueOf(known.rank()));
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

		List<Row> trustData = xlsx("/exports/league-tables/2021-22-Q1/ambulance/trust-data.xlsx");
		assertThat(trustData.get(0).getCell(16).getText()).isEqualTo("Rank");
		assertThat(trustData).hasSize(csv(
				client().get().uri(TRUST_DATA_CSV).exchange().expectBody(String.class).returnResult().getResponseBody())
			.size());
		assertThat(trustData.stream().skip(1).map((row) -> row.getCell(13)).filter((cell) -> cell != null)).isNotEmpty()
			.allSatisfy((median) -> assertThat(median.getType()).isEqualTo(CellType.NUMBER));
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
