package uk.nhs.leaguetables.nhsedata.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ClassPathResource;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.tabular.TableReader;
import uk.nhs.leaguetables.submission.domain.MetricSpecification;
import uk.nhs.leaguetables.submission.domain.OrganisationFacts;
import uk.nhs.leaguetables.submission.domain.DeficitSupport;
import uk.nhs.leaguetables.submission.domain.RawRow;
import uk.nhs.leaguetables.submission.domain.Severity;
import uk.nhs.leaguetables.submission.domain.SubmissionColumn;
import uk.nhs.leaguetables.submission.domain.ValueKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NHS England's published ambulance trust data reads whole; each rule, broken by one
 * changed cell of a published row, is reported with its row, column, value and rule.
 */
class TrustDataParserTest {

	static final String AMBULANCE_FILE = "nhse/nhse_nof_trust_data_2025-26_Q1-Q3_ambulance.csv";

	private static final String HEADER = "Quarter,Region,Trust_type,Trust_subtype,Trust_code,Trust_name,Domain,"
			+ "Sub-domain,Metric_ID,Metric_description,Reporting_date,Units,Value,Median_value,Lower_quartile,"
			+ "Upper_quartile,Rank";

	/** Row 2 of the published file: London Ambulance Service's Category 2 time. */
	private static final String CATEGORY_2 = "Q1 2025/26,London,Ambulance trust,Ambulance,RRU,"
			+ "London Ambulance Service NHS Trust,Access to services,Urgent and emergency care,OF0017,"
			+ "Average Category 2 ambulance response time,Q1 2025,mins,30.33,26.77,24.68,32.06,7.0";

	static final TrustDataContext CONTEXT = context();

	@Test
	void reads_nhs_englands_published_ambulance_file_whole() {
		ParsedTrustData parsed = parse(read(AMBULANCE_FILE), TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(parsed.issues()).isEmpty();
		assertThat(parsed.rowCount()).isEqualTo(1033);
		assertThat(parsed.rows()).hasSize(1033);
		assertThat(parsed.rows()).extracting(TrustDataRow::periodCode)
			.containsOnly("2025/26 Q1", "2025/26 Q2", "2025/26 Q3");

		TrustDataRow first = parsed.rows().get(0);
		assertThat(first.rowNumber()).isEqualTo(2);
		assertThat(first.trustCode()).isEqualTo("RRU");
		assertThat(first.kind()).isEqualTo(ItemKind.VALUE);
		assertThat(first.metricCode()).isEqualTo("OF0017");
		assertThat(first.value()).isEqualByComparingTo("30.33");
		assertThat(first.median()).isEqualByComparingTo("26.77");
		assertThat(first.lowerQuartile()).isEqualByComparingTo("24.68");
		assertThat(first.upperQuartile()).isEqualByComparingTo("32.06");
		assertThat(first.rank()).isEqualTo(7);
		assertThat(first.text().reportingDate()).isEqualTo("Q1 2025");
		assertThat(first.text().units()).isEqualTo("mins");

		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF1017").metricCode()).isEqualTo("OF0017");
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF1080").metricCode()).isNull();
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF1080").kind()).isEqualTo(ItemKind.METRIC_SCORE);
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF5000").kind()).isEqualTo(ItemKind.SEGMENT);
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF5002").kind()).isEqualTo(ItemKind.AVERAGE_SCORE);
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF5004").kind()).isEqualTo(ItemKind.FLAG);
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF5005").kind()).isEqualTo(ItemKind.SEGMENT_OVERRIDE);
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF4100").kind()).isEqualTo(ItemKind.DOMAIN_SEGMENT);
		assertThat(row(parsed, "2025/26 Q1", "RRU", "OF4000").kind()).isEqualTo(ItemKind.DOMAIN_SCORE);
	}

	@Test
	void takes_only_the_requested_quarter_when_all_rows_are_for_it() {
		ParsedTrustData parsed = parse(csv(CATEGORY_2, changed(CATEGORY_2, "Trust_code", "RX6")),
				TableReader.Format.CSV, League.AMBULANCE, "2025/26 Q1");

		assertThat(parsed.issues()).isEmpty();
		assertThat(parsed.rows()).extracting(TrustDataRow::trustCode).containsExactly("RRU", "RX6");
	}

	@Test
	void reads_a_byte_order_mark_and_headers_in_any_case_and_order() {
		String header = "rank,VALUE," + HEADER.replace(",Value", "").replace(",Rank", "");
		String row = "7.0,30.33," + CATEGORY_2.replace(",30.33", "").replace(",7.0", "");
		byte[] content = ("\uFEFF" + header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);

		ParsedTrustData parsed = parse(content, TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(parsed.issues()).isEmpty();
		assertThat(parsed.rows()).singleElement().satisfies((read) -> {
			assertThat(read.value()).isEqualByComparingTo("30.33");
			assertThat(read.rank()).isEqualTo(7);
		});
	}

	@Test
	void reads_the_first_sheet_of_an_xlsx_workbook_with_numbers_as_numeric_cells() throws IOException {
		List<String> lines = new String(read(AMBULANCE_FILE), StandardCharsets.UTF_8).lines().limit(40).toList();
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(xlsx, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Trust data");
			for (int row = 0; row < lines.size(); row++) {
				List<String> cells = csvCells(lines.get(row));
				for (int column = 0; column < cells.size(); column++) {
					String cell = cells.get(column);
					if (row > 0 && column >= 12 && !cell.isEmpty()) {
						sheet.value(row, column, new BigDecimal(cell));
					}
					else if (!cell.isEmpty()) {
						sheet.value(row, column, cell);
					}
				}
			}
			workbook.newWorksheet("Notes").value(0, 0, "not read");
		}

		ParsedTrustData fromXlsx = parse(xlsx.toByteArray(), TableReader.Format.XLSX, League.AMBULANCE, null);
		ParsedTrustData fromCsv = parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
				TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(fromXlsx.issues()).isEmpty();
		assertThat(fromXlsx.rows()).hasSize(39);
		assertThat(fromXlsx.rows())
			.usingRecursiveFieldByFieldElementComparator(
					org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
						.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
						.build())
			.containsExactlyElementsOf(fromCsv.rows());
	}

	@ParameterizedTest(name = "{0}: {1} = ''{2}''")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			MALFORMED_QUARTER     | Quarter      | 2025/26 Q1
			MALFORMED_QUARTER     | Quarter      | Q1 2025/27
			MALFORMED_QUARTER     | Quarter      | NULL
			UNKNOWN_PERIOD        | Quarter      | Q1 2031/32
			UNKNOWN_TRUST_TYPE    | Trust_type   | Dental trust
			LEAGUE_MISMATCH       | Trust_type   | Acute trust
			UNKNOWN_TRUST         | Trust_code   | ZZZ
			UNKNOWN_TRUST         | Trust_code   | NULL
			TRUST_LEAGUE_MISMATCH | Trust_code   | RJ1
			TRUST_LEAGUE_MISMATCH | Trust_code   | RNK
			UNKNOWN_METRIC_ID     | Metric_ID    | OF0999
			UNKNOWN_METRIC_ID     | Metric_ID    | OF9999
			UNKNOWN_METRIC_ID     | Metric_ID    | OF5001
			UNKNOWN_METRIC_ID     | Metric_ID    | OF17
			MISSING_VALUE         | Value        | NULL
			MALFORMED_NUMBER      | Value        | 30,33
			MALFORMED_NUMBER      | Median_value | n/a
			MALFORMED_NUMBER      | Rank         | 7.5
			MALFORMED_NUMBER      | Rank         | 0
			OUT_OF_RANGE          | Value        | 600.5
			OUT_OF_RANGE          | Value        | -1
			""")
	void names_row_column_value_and_rule(ImportRule rule, String column, @Nullable String value) {
		ParsedTrustData parsed = parse(
				csv(changed(changed(CATEGORY_2, "Trust_code", "RX6"), "Metric_ID", "OF0028"),
						changed(CATEGORY_2, "Trust_code", "RX7"), changed(CATEGORY_2, column, value)),
				TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(parsed.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.row()).isEqualTo(4);
			assertThat(issue.column()).isEqualTo(column);
			assertThat(issue.value()).isEqualTo(value);
			assertThat(issue.rule()).isEqualTo(rule.name());
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.message()).isNotBlank();
		});
		assertThat(parsed.errorCount()).isEqualTo(1);
		assertThat(parsed.rows()).extracting(TrustDataRow::rowNumber).containsExactly(2, 3);
	}

	@Test
	void every_row_must_be_for_the_requested_quarter() {
		ParsedTrustData parsed = parse(csv(CATEGORY_2, changed(CATEGORY_2, "Quarter", "Q2 2025/26")),
				TableReader.Format.CSV, League.AMBULANCE, "2025/26 Q1");

		assertThat(parsed.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.row()).isEqualTo(3);
			assertThat(issue.rule()).isEqualTo("QUARTER_MISMATCH");
			assertThat(issue.value()).isEqualTo("Q2 2025/26");
			assertThat(issue.message()).contains("Q1 2025/26");
		});
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			OF1017 | 4.01  | false
			OF1017 | 0.99  | false
			OF1017 | 2.67  | true
			OF4002 | 4.5   | false
			OF4102 | 2.5   | false
			OF4102 | 3.0   | true
			OF5000 | 5     | false
			OF5003 | 0     | false
			OF5002 | 2.21  | true
			OF5005 | 5.0   | true
			OF5005 | 6     | false
			OF5004 | 2     | false
			OF5004 | 1.0   | true
			OF5007 | 0.5   | false
			""")
	void checks_scores_segments_and_flags_against_their_ranges(String metricId, String value, boolean valid) {
		String row = changed(changed(CATEGORY_2, "Metric_ID", metricId), "Value", value);

		ParsedTrustData parsed = parse(csv(row), TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(parsed.issues()).extracting(ImportIssue::rule)
			.containsExactlyElementsOf(valid ? List.of() : List.of("OUT_OF_RANGE"));
	}

	@Test
	void a_score_id_is_known_by_its_metric_or_as_a_scored_item() {
		String unknownScore = changed(changed(CATEGORY_2, "Metric_ID", "OF1999"), "Value", "2");
		String combinedFinance = changed(changed(CATEGORY_2, "Metric_ID", "OF1080"), "Value", "2");

		ParsedTrustData parsed = parse(csv(unknownScore, combinedFinance), TableReader.Format.CSV, League.AMBULANCE,
				null);

		assertThat(parsed.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.row()).isEqualTo(2);
			assertThat(issue.rule()).isEqualTo("UNKNOWN_METRIC_ID");
			assertThat(issue.message()).contains("OF0999");
		});
		assertThat(parsed.rows()).singleElement().extracting(TrustDataRow::metricId).isEqualTo("OF1080");
	}

	@Test
	void a_repeated_quarter_trust_and_metric_names_the_first_row() {
		ParsedTrustData parsed = parse(csv(CATEGORY_2, CATEGORY_2, CATEGORY_2.replace("Q1 2025/26", "Q2 2025/26")),
				TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(parsed.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.rule()).isEqualTo("DUPLICATE_ROW");
			assertThat(issue.row()).isEqualTo(3);
			assertThat(issue.column()).isEqualTo("Metric_ID");
			assertThat(issue.message()).contains("from row 2");
		});
	}

	@Test
	void the_header_must_hold_every_column_of_the_layout_and_nothing_else() {
		String header = HEADER.replace(",Rank", "").replace("Value", "Vaule");

		ParsedTrustData parsed = parse((header + "\n" + CATEGORY_2 + "\n").getBytes(StandardCharsets.UTF_8),
				TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(parsed.issues()).extracting(ImportIssue::rule, ImportIssue::column)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("UNKNOWN_COLUMN", "Vaule"),
					org.assertj.core.groups.Tuple.tuple("MISSING_COLUMN", "Value"),
					org.assertj.core.groups.Tuple.tuple("MISSING_COLUMN", "Rank"));
		assertThat(parsed.issues()).extracting(ImportIssue::row).containsOnly(1);
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.rowCount()).isEqualTo(1);
	}

	@Test
	void a_file_without_data_rows_is_empty() {
		assertThat(
				parse((HEADER + "\n").getBytes(StandardCharsets.UTF_8), TableReader.Format.CSV, League.AMBULANCE, null)
					.issues())
			.extracting(ImportIssue::rule)
			.containsExactly("EMPTY_FILE");
		assertThat(parse(new byte[0], TableReader.Format.CSV, League.AMBULANCE, null).issues())
			.extracting(ImportIssue::rule)
			.containsExactly("EMPTY_FILE");
	}

	@Test
	void a_file_that_is_not_utf8_csv_or_xlsx_is_unreadable() {
		byte[] latin1 = (HEADER + "\n" + CATEGORY_2.replace("London Ambulance", "Londres Ambulancé") + "\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		assertThat(parse(latin1, TableReader.Format.CSV, League.AMBULANCE, null).issues()).singleElement()
			.satisfies((issue) -> {
				assertThat(issue.rule()).isEqualTo("UNREADABLE_FILE");
				assertThat(issue.message()).contains("UTF-8");
			});
		assertThat(parse(latin1, TableReader.Format.XLSX, League.AMBULANCE, null).issues())
			.extracting(ImportIssue::rule)
			.containsExactly("UNREADABLE_FILE");
	}

	@Test
	void reports_every_broken_rule_of_a_row_not_only_the_first() {
		String row = changed(changed(changed(CATEGORY_2, "Trust_code", "ZZZ"), "Metric_ID", "OF0999"), "Rank", "x");

		ParsedTrustData parsed = parse(csv(row), TableReader.Format.CSV, League.AMBULANCE, null);

		assertThat(parsed.issues()).extracting(ImportIssue::rule)
			.containsExactlyInAnyOrder("UNKNOWN_TRUST", "UNKNOWN_METRIC_ID", "MALFORMED_NUMBER");
	}

	@Test
	void nhs_england_quarters_and_trust_types_map_to_our_periods_and_leagues() {
		assertThat(TrustDataParser.periodCode("Q4 2025/26")).contains("2025/26 Q4");
		assertThat(TrustDataParser.periodCode("Q4 2025/27")).isEmpty();
		assertThat(TrustDataParser.quarterOf("2025/26 Q4")).isEqualTo("Q4 2025/26");
		assertThat(TrustDataParser.leagueOfTrustType("Mental health and community trust")).contains(League.NON_ACUTE);
		assertThat(TrustDataParser.leagueOfTrustType("Ambulance trust")).contains(League.AMBULANCE);
		assertThat(TrustDataParser.leagueOfTrustType("Acute trust")).contains(League.ACUTE);
		assertThat(TrustDataParser.leagueOfTrustType("ICB")).isEmpty();
	}

	@Test
	void the_submission_takes_raw_values_and_the_scores_of_category_metrics_published_without_a_value() {
		ParsedTrustData parsed = parse(read(AMBULANCE_FILE), TableReader.Format.CSV, League.AMBULANCE, null);
		List<TrustDataRow> quarter = parsed.rows()
			.stream()
			.filter((row) -> row.periodCode().equals("2025/26 Q1"))
			.toList();

		List<RawRow> rows = TrustDataSubmission.rows(quarter, CONTEXT.catalogues().get("NOF-2025/26"));

		assertThat(rows).hasSize(101);
		List<RawRow> flags = rows.stream()
			.filter((row) -> row.get(SubmissionColumn.METRIC_ID).equals(DeficitSupport.METRIC_ID))
			.toList();
		// OF5004 becomes the deficit-support flag of each of the ten trusts, as
		// published:
		// in Q1 only West Midlands (RYA) and South Central (RYE) are in deficit
		assertThat(flags).hasSize(10)
			.allSatisfy((flag) -> assertThat(flag.get(SubmissionColumn.VALUE)).isIn("0", "1"))
			.allSatisfy((flag) -> assertThat(flag.get(SubmissionColumn.COMMENT))
				.isEqualTo(TrustDataSubmission.DEFICIT_SUPPORT_COMMENT));
		assertThat(flags).filteredOn((flag) -> flag.get(SubmissionColumn.VALUE).equals("1"))
			.extracting((flag) -> flag.get(SubmissionColumn.ORGANISATION_CODE))
			.containsExactlyInAnyOrder("RYA", "RYE");
		assertThat(rows).filteredOn((row) -> row.get(SubmissionColumn.VALUE) != null).hasSize(100);
		assertThat(rows).filteredOn((row) -> row.get(SubmissionColumn.SCORE) != null)
			.singleElement()
			.satisfies((score) -> {
				assertThat(score.rowNumber()).isEqualTo(132);
				assertThat(score.get(SubmissionColumn.METRIC_ID)).isEqualTo("OF0067");
				assertThat(score.get(SubmissionColumn.ORGANISATION_CODE)).isEqualTo("RYA");
				assertThat(score.get(SubmissionColumn.SCORE)).isEqualTo("2.0");
				assertThat(score.get(SubmissionColumn.COMMENT)).isEqualTo(TrustDataSubmission.SCORE_ONLY_COMMENT);
			});
		assertThat(rows.get(0).cells()).containsEntry(SubmissionColumn.PERIOD, "2025/26 Q1")
			.containsEntry(SubmissionColumn.ORGANISATION_CODE, "RRU")
			.containsEntry(SubmissionColumn.METRIC_ID, "OF0017")
			.containsEntry(SubmissionColumn.VALUE, "30.33");
		assertThat(TrustDataSubmission.checksum("2025/26 Q1", rows))
			.isEqualTo(TrustDataSubmission.checksum("2025/26 Q1", List.copyOf(rows)))
			.isNotEqualTo(TrustDataSubmission.checksum("2025/26 Q1", rows.subList(1, rows.size())))
			.matches("[0-9a-f]{64}");
	}

	static ParsedTrustData parse(byte[] content, TableReader.Format format, League league, @Nullable String period) {
		try (InputStream in = new ByteArrayInputStream(content)) {
			return TrustDataParser.parse(in, format, CONTEXT, league, period);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TrustDataRow row(ParsedTrustData parsed, String period, String trust, String metricId) {
		return parsed.rows()
			.stream()
			.filter((row) -> row.periodCode().equals(period) && row.trustCode().equals(trust)
					&& row.metricId().equals(metricId))
			.findFirst()
			.orElseThrow();
	}

	private static byte[] csv(String... rows) {
		return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The row with one column's cell replaced (null: emptied). */
	private static String changed(String row, String column, @Nullable String value) {
		List<String> headers = List.of(HEADER.split(","));
		List<String> cells = new java.util.ArrayList<>(csvCells(row));
		cells.set(headers.indexOf(column), (value == null) ? "" : (value.contains(",") ? "\"" + value + "\"" : value));
		return String.join(",", cells);
	}

	/** The cells of a line of the published file (quoted cells hold commas). */
	private static List<String> csvCells(String line) {
		try {
			return org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(line))
				.getRecords()
				.get(0)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The registry, periods and catalogue the ambulance file is checked against: its ten
	 * trusts, an acute trust, a closed non-acute trust, the 2025/26 quarters and the
	 * NOF-2025/26 ambulance metrics.
	 */
	private static TrustDataContext context() {
		Map<String, OrganisationFacts> organisations = new HashMap<>();
		Stream.of("RRU", "RX6", "RX7", "RX8", "RX9", "RYA", "RYC", "RYD", "RYE", "RYF")
			.forEach((code) -> organisations.put(code,
					new OrganisationFacts(code, League.AMBULANCE, LocalDate.of(2006, 7, 1), null)));
		organisations.put("RJ1", new OrganisationFacts("RJ1", League.ACUTE, LocalDate.of(1993, 4, 1), null));
		organisations.put("RNK",
				new OrganisationFacts("RNK", League.NON_ACUTE, LocalDate.of(1994, 4, 1), LocalDate.of(2026, 3, 31)));
		Map<String, MetricSpecification> metrics = new HashMap<>();
		metric(metrics, "OF0017", ValueKind.NUMBER, "0", "600");
		metric(metrics, "OF0028", ValueKind.NUMBER, "0", "100");
		metric(metrics, "OF0047", ValueKind.NUMBER, "0", "10");
		metric(metrics, "OF0061", ValueKind.NUMBER, "0", "10");
		metric(metrics, "OF0079", ValueKind.NUMBER, "-100", "100");
		metric(metrics, "OF0081", ValueKind.NUMBER, "-100", "100");
		metric(metrics, "OF0082", ValueKind.NUMBER, "0", "100");
		metric(metrics, "OF0084", ValueKind.NUMBER, "0", "10");
		metric(metrics, "OF0086", ValueKind.NUMBER, "0", "500");
		metric(metrics, "OF0067", ValueKind.CATEGORY, null, null);
		Set<String> scoredItems = Set.of("OF1017", "OF1028", "OF1047", "OF1061", "OF1067", "OF1080", "OF1082", "OF1084",
				"OF1086");
		return new TrustDataContext(organisations,
				Map.of("2025/26 Q1", "NOF-2025/26", "2025/26 Q2", "NOF-2025/26", "2025/26 Q3", "NOF-2025/26",
						"2025/26 Q4", "NOF-2025/26"),
				Map.of("2025/26", "NOF-2025/26"),
				Map.of("NOF-2025/26", new TrustDataContext.Catalogue(metrics, scoredItems)));
	}

	private static void metric(Map<String, MetricSpecification> metrics, String code, ValueKind kind,
			@Nullable String min, @Nullable String max) {
		metrics.put(code,
				new MetricSpecification(code, Set.of(League.AMBULANCE), kind, false,
						(min != null) ? new BigDecimal(min) : null, (max != null) ? new BigDecimal(max) : null, null,
						Set.of(), false));
	}

}
