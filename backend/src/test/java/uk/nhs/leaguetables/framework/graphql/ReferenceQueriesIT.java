package uk.nhs.leaguetables.framework.graphql;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference queries over HTTP against the seeded catalogue and registry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ReferenceQueriesIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void framework_versions_with_their_leagues_and_cut_offs() {
		var response = graphQl.document("{ frameworkVersions { code segmentMethod segmentThresholds leagues source } }")
			.execute();

		response.path("frameworkVersions[*].code")
			.entityList(String.class)
			.containsExactly("NOF-2025/26", "NOF-2026/27");
		// NOF 2025/26 cut-offs are the quarter's pooled quartiles, stored with each
		// calculation; NOF 2026/27's are fixed thresholds.
		response.path("frameworkVersions[0].segmentMethod").entity(String.class).isEqualTo("POOLED_QUARTILES");
		response.path("frameworkVersions[0].segmentThresholds").entityList(Double.class).hasSize(0);
		response.path("frameworkVersions[1].segmentThresholds")
			.entityList(Double.class)
			.containsExactly(1.92, 2.28, 2.74);
		response.path("frameworkVersions[1].leagues").entityList(String.class).contains("ICB");
	}

	@Test
	void the_non_acute_catalogue_of_2025_26_has_its_metrics_with_sources() {
		var response = graphQl.document(
				"{ metrics(framework: \"NOF-2025/26\", league: NON_ACUTE) { id scoredItem contextual leagues source } }")
			.execute();

		response.path("metrics[*].id").entityList(String.class).contains("OF0082", "OF0079", "OF0016");
		response.path("metrics[?(@.id == 'OF0079')].scoredItem").entityList(String.class).containsExactly("OF1080");
		response.path("metrics[*].source")
			.entityList(String.class)
			.satisfies((sources) -> assertThat(sources).allSatisfy((source) -> assertThat(source).isNotBlank()));
		graphQl.document("{ metrics(framework: \"NOF-2025/26\", league: AMBULANCE) { id contextual } }")
			.execute()
			.path("metrics[?(@.id == 'OF0901')].contextual")
			.entityList(Boolean.class)
			.containsExactly(true);
	}

	@Test
	void periods_segments_regions_and_icbs() {
		var response = graphQl.document("""
				{ periods { code frameworkVersion leagues { league status latestRevision } }
				  segments { segment name }
				  regions { code name }
				  icbs { code name region { name } } }
				""").execute();

		response.path("periods[?(@.code == '2025/26 Q1')].frameworkVersion")
			.entityList(String.class)
			.containsExactly("NOF-2025/26");
		response.path("segments[*].segment").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5);
		response.path("regions").entityList(Object.class).hasSize(7);
		response.path("icbs").entityList(Object.class).hasSize(36);
	}

}
