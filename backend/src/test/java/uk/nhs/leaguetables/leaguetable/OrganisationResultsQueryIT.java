package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;
import uk.nhs.leaguetables.testsupport.SqlStatementCounter;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's results, history, explanation and peers; metric rankings; league
 * summaries; the segment filter of {@code trusts}; and the draft boundary, over HTTP on
 * the tables of {@link PublishedAcuteQuarters} (and an ambulance draft of 2022/23 Q3, a
 * quarter no other test uses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the cache is off: these tests count the statements a query runs
		properties = { "spring.http.codecs.max-in-memory-size=16MB", "league-tables.graphql.cache.enabled=false" })
@Import({ SqlStatementCounter.class, DemoLeagueTables.class })
class OrganisationResultsQueryIT {

	private static final String DRAFT_PERIOD = "2022/23 Q3";

	private static boolean drafted;

	@LocalServerPort
	int port;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	DemoLeagueTables tables;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	private HttpGraphQlTester anonymous;

	private String trust;

	private int trustRank;

	@BeforeEach
	void tablesArePublished() {
		PublishedAcuteQuarters.ensure(tables);
		if (!drafted) {
			tables.calculate(DRAFT_PERIOD, League.AMBULANCE, "2024/25 Q3", "G6V2S");
			TestUsers.ensure(users, passwordEncoder, "results-auditor", "auditor-password", Role.AUDITOR);
			drafted = true;
		}
		anonymous = tester(WebTestClient.bindToServer());
		var eleventh = anonymous
			.document("{ leagueTable(period: \"2023/24 Q4\", league: ACUTE) { rows { rank organisation { code } } } }")
			.execute();
		trust = eleventh.path("leagueTable.rows[10].organisation.code").entity(String.class).get();
		trustRank = eleventh.path("leagueTable.rows[10].rank").entity(Integer.class).get();
	}

	@Test
	void an_organisation_has_its_results_and_its_history_oldest_first() {
		var response = anonymous.document("""
				query Trust($code: String!) { trust(code: $code) {
				  results(period: "2023/24 Q4") { period rank segment averageScore }
				  history { period rank segment averageScore metrics { metricId score } }
				  window: history(from: "2023/24 Q4", to: "2023/24 Q4") { period }
				  unpublished: results(period: "2019/20 Q1") { rank }
				} }""").variable("code", trust).execute();

		response.path("trust.results.period").entity(String.class).isEqualTo("2023/24 Q4");
		response.path("trust.results.rank").entity(Integer.class).isEqualTo(trustRank);
		response.path("trust.history[*].period").entityList(String.class).containsExactly("2023/24 Q3", "2023/24 Q4");
		response.path("trust.history[1].averageScore")
			.entity(BigDecimal.class)
			.isEqualTo(response.path("trust.results.averageScore").entity(BigDecimal.class).get());
		response.path("trust.history[0].metrics").entityList(Object.class).hasSizeGreaterThan(10);
		response.path("trust.window[*].period").entityList(String.class).containsExactly("2023/24 Q4");
		response.path("trust.unpublished").valueIsNull();
	}

	@Test
	void the_explanation_gives_each_metric_against_its_peers_and_the_distance_to_move_up() {
		var response = anonymous.document("""
				query Trust($code: String!) { trust(code: $code) { explanation(period: "2023/24 Q4") {
				  period text averageScore segment scoreSegment distanceToNextSegment adjustments { kind reason }
				  metrics { metricId value score rank peerCount peerMedian lowerQuartile upperQuartile explanation }
				} } }""").variable("code", trust).execute();

		response.path("trust.explanation.text")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).contains("Average metric score"));
		List<Map<String, Object>> metrics = response.path("trust.explanation.metrics")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(metrics).isNotEmpty().allSatisfy((metric) -> {
			assertThat(metric.get("explanation")).asString().isNotBlank();
			assertThat(((Number) metric.get("score")).doubleValue()).isBetween(1.0, 4.0);
		});
		assertThat(metrics).filteredOn((metric) -> metric.get("peerMedian") != null)
			.isNotEmpty()
			.allSatisfy((metric) -> assertThat(((Number) metric.get("peerMedian")).doubleValue()).isBetween(
					((Number) metric.get("lowerQuartile")).doubleValue(),
					((Number) metric.get("upperQuartile")).doubleValue()));
	}

	@Test
	void peers_to_learn_from_scored_better_on_the_metric() {
		List<Map<String, Object>> own = anonymous.document(
				"query Trust($code: String!) { trust(code: $code) { results(period: \"2023/24 Q4\") { metrics { metricId score } } } }")
			.variable("code", trust)
			.execute()
			.path("trust.results.metrics")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		// its weakest metric, where there is most to learn
		Map<String, Object> weakest = own.stream()
			.max(java.util.Comparator.comparingDouble((metric) -> ((Number) metric.get("score")).doubleValue()))
			.orElseThrow();

		var response = anonymous.document("""
				query Peers($code: String!, $metric: String!) { trust(code: $code) {
				  peersToLearnFrom(metric: $metric, period: "2023/24 Q4", first: 5) { score rank organisation { code } }
				} }""").variable("code", trust).variable("metric", weakest.get("metricId")).execute();

		List<Double> peers = response.path("trust.peersToLearnFrom[*].score").entityList(Double.class).get();
		assertThat(peers).hasSizeBetween(1, 5)
			.isSorted()
			.allSatisfy((score) -> assertThat(score).isLessThan(((Number) weakest.get("score")).doubleValue()));
		response.path("trust.peersToLearnFrom[*].organisation.code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).doesNotContain(trust));
	}

	@Test
	void a_metric_ranking_lists_every_organisation_best_first_with_the_peer_statistics() {
		var response = anonymous.document("""
				{ metricRanking(metric: "OF0013", period: "2023/24 Q4", league: ACUTE) {
				  metricId revision peerCount median lowerQuartile upperQuartile best worst
				  rows { rank score value organisation { code } }
				} }""").execute();

		int peers = response.path("metricRanking.peerCount").entity(Integer.class).get();
		assertThat(peers).isGreaterThan(100);
		List<Integer> ranks = response.path("metricRanking.rows[*].rank").entityList(Integer.class).get();
		assertThat(ranks).startsWith(1).isSorted();
		double median = response.path("metricRanking.median").entity(Double.class).get();
		assertThat(median).isBetween(response.path("metricRanking.lowerQuartile").entity(Double.class).get(),
				response.path("metricRanking.upperQuartile").entity(Double.class).get());
		anonymous.document("{ metricRanking(metric: \"NOPE\", period: \"2023/24 Q4\", league: ACUTE) { median } }")
			.execute()
			.path("metricRanking")
			.valueIsNull();
	}

	@Test
	void a_league_summary_counts_each_regions_organisations_by_segment() {
		var response = anonymous
			.document(
					"""
							{ leagueSummary(period: "2023/24 Q4", league: ACUTE, groupBy: REGION) {
							  groupCode groupName organisations segment1 segment2 segment3 segment4 segment5 notSegmented meanAverageScore
							} }""")
			.execute();

		List<Map<String, Object>> groups = response.path("leagueSummary")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(groups).hasSize(7);
		assertThat(groups.stream().mapToInt((group) -> (Integer) group.get("organisations")).sum()).isEqualTo(133);
		assertThat(groups).allSatisfy((group) -> assertThat((Integer) group.get("organisations"))
			.isEqualTo(List.of("segment1", "segment2", "segment3", "segment4", "segment5", "notSegmented")
				.stream()
				.mapToInt((field) -> (Integer) group.get(field))
				.sum()));
		anonymous.document("{ leagueSummary(period: \"2023/24 Q4\", league: ACUTE, groupBy: ICB) { groupName } }")
			.execute()
			.path("leagueSummary")
			.entityList(Object.class)
			.hasSizeGreaterThan(30);
	}

	@Test
	void trusts_can_be_filtered_by_their_segment_in_a_quarter() {
		var table = anonymous.document("{ leagueTable(period: \"2023/24 Q4\", league: ACUTE) { rows { segment } } }")
			.execute();
		long inSegmentTwo = table.path("leagueTable.rows[*].segment")
			.entityList(Integer.class)
			.get()
			.stream()
			.filter((segment) -> segment != null && segment == 2)
			.count();

		anonymous.document(
				"{ trusts(segment: 2, segmentPeriod: \"2023/24 Q4\", first: 0, includeClosed: true) { totalCount } }")
			.execute()
			.path("trusts.totalCount")
			.entity(Integer.class)
			.isEqualTo((int) inSegmentTwo);
		anonymous.document("{ trusts(segment: 2) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getMessage()).contains("segment and segmentPeriod go together")));
		anonymous.document("{ trusts(segment: 9, segmentPeriod: \"2023/24 Q4\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("segment must be 1 to 5, not 9")));
	}

	@Test
	void a_whole_table_with_metrics_and_every_organisations_history_takes_a_constant_number_of_statements() {
		statements.reset();
		anonymous.document("""
				{ leagueTable(period: "2023/24 Q4", league: ACUTE) { rows {
				  rank organisation { code history { period rank metrics { metricId score } } }
				  metrics { metricId score organisation { code } } adjustments { kind }
				} } }""").execute().path("leagueTable.rows").entityList(Object.class).hasSize(133);

		// the publication, the rows, and one batch each for organisations, metric scores,
		// metric-score organisations, adjustments, histories and the histories' metric
		// scores (which the data loader may merge with the table's): never one per row or
		// per quarter
		assertThat(statements.count()).isBetween(7, 8);
	}

	@Test
	void drafts_are_for_signed_in_staff_only() {
		String draft = "{ draftLeagueTable(period: \"2022/23 Q3\", league: AMBULANCE) { computedBy rows { rank organisation { code } } } }";

		anonymous.document(draft)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
		anonymous.document("{ leagueTable(period: \"2022/23 Q3\", league: AMBULANCE) { revision } }")
			.execute()
			.path("leagueTable")
			.valueIsNull();
		var asAuditor = tester(WebTestClient.bindToServer()
			.defaultHeaders((headers) -> headers.setBasicAuth("results-auditor", "auditor-password"))).document(draft)
			.execute();
		asAuditor.path("draftLeagueTable.computedBy").entity(String.class).isEqualTo("demo-preparer");
		asAuditor.path("draftLeagueTable.rows").entityList(Object.class).hasSize(10);
	}

	private HttpGraphQlTester tester(WebTestClient.Builder client) {
		return HttpGraphQlTester.create(client.baseUrl("http://localhost:" + port + "/graphql")
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build());
	}

}
