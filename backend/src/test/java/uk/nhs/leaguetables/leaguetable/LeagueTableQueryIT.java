package uk.nhs.leaguetables.leaguetable;

import java.util.Map;

import java.util.HashMap;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.nhs.leaguetables.testsupport.DemoLeagueTables;
import uk.nhs.leaguetables.testsupport.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous client reads a published acute league table over HTTP: ranks, segments,
 * movement against the previous published quarter, explanations and metric scores. The
 * tables are those of {@link PublishedAcuteQuarters}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the cache is off: these tests count the statements a query runs
		properties = { "spring.http.codecs.max-in-memory-size=16MB", "league-tables.graphql.cache.enabled=false" })
@AutoConfigureHttpGraphQlTester
@Import({ SqlStatementCounter.class, DemoLeagueTables.class })
class LeagueTableQueryIT {

	private static final String TABLE = """
			query Table($period: String!, $revision: Int) {
			  leagueTable(period: $period, league: ACUTE, revision: $revision) {
			    period league revision frameworkVersion preparedBy approvedBy inputDigest outputDigest
			    rows {
			      rank rankByAverageScore segment scoreSegment averageScore scoredItemCount likelyScoreLow likelyScoreHigh
			      distanceToNextSegment inDeficit segmentChange rankChange explanation
			      organisation { code name region { name } }
			      metrics { metricId value score rank explanation }
			    }
			  }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	DemoLeagueTables tables;

	@BeforeEach
	void publishTwoQuarters() {
		PublishedAcuteQuarters.ensure(tables);
	}

	@Test
	void the_table_publishes_its_pooled_cut_offs_and_every_row_and_domain_follows_them() {
		var response = graphQl.document("""
				{ leagueTable(period: "2023/24 Q4", league: ACUTE) {
				    segmentation { method cutOffs scoredWith domains { domain cutOffs } }
				    rows { averageScore scoreSegment segment supportSegment recoverySupport
				           domains { domain score segment } metrics { metricId peerPool } } } }""").execute();

		response.path("leagueTable.segmentation.method").entity(String.class).isEqualTo("POOLED_QUARTILES");
		response.path("leagueTable.segmentation.scoredWith")
			.entityList(String.class)
			.containsExactly("ACUTE", "NON_ACUTE", "AMBULANCE");
		List<Double> cutOffs = response.path("leagueTable.segmentation.cutOffs").entityList(Double.class).get();
		assertThat(cutOffs).hasSize(3).isSorted();
		Map<String, List<Double>> domainCutOffs = new HashMap<>();
		response.path("leagueTable.segmentation.domains")
			.entityList(Map.class)
			.get()
			.forEach((domain) -> domainCutOffs.put((String) domain.get("domain"),
					((List<?>) domain.get("cutOffs")).stream()
						.map((cutOff) -> ((Number) cutOff).doubleValue())
						.toList()));
		assertThat(domainCutOffs).isNotEmpty();
		List<Map> rows = response.path("leagueTable.rows").entityList(Map.class).get();
		for (Map<?, ?> row : rows) {
			double average = ((Number) row.get("averageScore")).doubleValue();
			assertThat(row.get("scoreSegment")).as("score segment of %s", average)
				.isEqualTo(segmentOf(average, cutOffs));
			assertThat(row.get("supportSegment"))
				.isEqualTo(Boolean.TRUE.equals(row.get("recoverySupport")) ? 5 : row.get("segment"));
			for (Object each : (List<?>) row.get("domains")) {
				Map<?, ?> domain = (Map<?, ?>) each;
				assertThat(domain.get("segment")).isEqualTo(segmentOf(((Number) domain.get("score")).doubleValue(),
						domainCutOffs.get((String) domain.get("domain"))));
			}
		}
		// sickness absence is ranked against every trust of the quarter (methodology
		// section 3)
		response.path("leagueTable.rows[0].metrics[?(@.metricId == 'OF0082')].peerPool")
			.entityList(String.class)
			.containsExactly("ALL");
	}

	private static int segmentOf(double score, List<Double> cutOffs) {
		for (int segment = 1; segment <= 3; segment++) {
			if (score <= cutOffs.get(segment - 1)) {
				return segment;
			}
		}
		return 4;
	}

	@Test
	void anonymous_clients_read_the_published_acute_table_with_movement_and_explanations() {
		var response = graphQl.document(TABLE).variable("period", "2023/24 Q4").execute();

		response.path("leagueTable.revision").entity(Integer.class).isEqualTo(1);
		// the test data's preparer and approver have no accounts; login names are never
		// published
		response.path("leagueTable.preparedBy").entity(String.class).isEqualTo("NHS England preparer");
		response.path("leagueTable.approvedBy").entity(String.class).isEqualTo("NHS England approver");
		List<Integer> ranks = response.path("leagueTable.rows[*].rank").entityList(Integer.class).get();
		assertThat(ranks).isNotEmpty().startsWith(1).isSorted();
		response.path("leagueTable.rows").entityList(Object.class).hasSize(133);
		response.path("leagueTable.rows[0].organisation.name")
			.entity(String.class)
			.satisfies((name) -> assertThat(name).isNotBlank());
		response.path("leagueTable.rows[0].explanation")
			.entity(String.class)
			.satisfies((explanation) -> assertThat(explanation).contains("Average metric score"));
		response.path("leagueTable.rows[0].metrics[*].metricId").entityList(String.class).contains("OF0013");
		response.path("leagueTable.rows[*].rankChange")
			.entityList(Integer.class)
			.satisfies((changes) -> assertThat(changes).isNotEmpty());
		response.path("leagueTable.rows[*].segment")
			.entityList(Integer.class)
			.satisfies((segments) -> assertThat(segments).allSatisfy((segment) -> assertThat(segment).isBetween(1, 5)));
	}

	@Test
	void a_whole_table_with_organisations_and_metric_scores_takes_four_statements() {
		statements.reset();
		graphQl.document(TABLE)
			.variable("period", "2023/24 Q4")
			.execute()
			.path("leagueTable.rows")
			.entityList(Object.class)
			.hasSize(133);

		// the publication, the rows, their organisations (one batch) and their metric
		// scores (one batch), not one
		// query per row
		assertThat(statements.count()).isEqualTo(4);
	}

	@Test
	void two_tables_in_one_request_each_get_their_own_metric_scores() {
		String both = """
				{ q3: leagueTable(period: "2023/24 Q3", league: ACUTE) { rows { organisation { code } metrics { metricId value } } }
				  q4: leagueTable(period: "2023/24 Q4", league: ACUTE) { rows { organisation { code } metrics { metricId value } } } }
				""";
		String alone = "{ leagueTable(period: \"2023/24 Q3\", league: ACUTE) { rows { metrics { metricId value } } } }";

		var together = graphQl.document(both).execute();
		String trust = together.path("q3.rows[0].organisation.code").entity(String.class).get();
		List<Object> q3Metrics = together.path("q3.rows[0].metrics").entityList(Object.class).get();
		List<Object> q4Metrics = together.path("q4.rows[?(@.organisation.code == '" + trust + "')].metrics[*]")
			.entityList(Object.class)
			.get();

		graphQl.document(alone)
			.execute()
			.path("leagueTable.rows[0].metrics")
			.entityList(Object.class)
			.isEqualTo(q3Metrics);
		// the same trust a quarter later has other values: the second table did not get
		// the first one's scores
		assertThat(q4Metrics).isNotEmpty().isNotEqualTo(q3Metrics);
	}

	@Test
	void a_revision_that_does_not_exist_and_an_unpublished_table_are_null() {
		graphQl.document(TABLE)
			.variable("period", "2023/24 Q4")
			.variable("revision", 2)
			.execute()
			.path("leagueTable")
			.valueIsNull();
		graphQl.document(TABLE).variable("period", "2026/27 Q4").execute().path("leagueTable").valueIsNull();
	}

}
