package uk.nhs.leaguetables.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code trusts} and {@code trust} queries over HTTP, against the seeded NHS
 * reference data in PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class TrustsQueryIT {

	private static final String TRUSTS = """
			query Trusts($league: League, $region: String, $icb: String, $search: String, $first: Int, $after: String) {
			  trusts(league: $league, region: $region, icb: $icb, search: $search, first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage endCursor }
			    nodes { code name trustType league region { code name } icb { code name } }
			  }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void acute_league_lists_the_133_real_acute_trusts() {
		GraphQlTester.Response response = graphQl.document(TRUSTS)
			.variable("league", "ACUTE")
			.variable("first", 500)
			.execute();

		response.path("trusts.totalCount").entity(Integer.class).isEqualTo(133);
		response.path("trusts.nodes[*].league")
			.entityList(String.class)
			.hasSize(133)
			.satisfies((leagues) -> assertThat(leagues).containsOnly("ACUTE"));
		response.path("trusts.nodes[*].code").entityList(String.class).contains("RJ1", "RRK", "RTH");
		response.path("trusts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void trust_by_code_has_its_region_and_icb() {
		graphQl.document("{ trust(code: \"RJ1\") { name trustType league region { name } icb { code } } }")
			.execute()
			.path("trust.name")
			.entity(String.class)
			.isEqualTo("Guy's and St Thomas' NHS Foundation Trust")
			.path("trust.league")
			.entity(String.class)
			.isEqualTo("ACUTE")
			.path("trust.region.name")
			.entity(String.class)
			.isEqualTo("London")
			.path("trust.icb.code")
			.entity(String.class)
			.isEqualTo("QKK");
	}

	@Test
	void unknown_trust_is_null() {
		graphQl.document("{ trust(code: \"ZZZ\") { name } }").execute().path("trust").valueIsNull();
	}

	@Test
	void filters_combine_region_icb_and_search() {
		graphQl.document(TRUSTS)
			.variable("region", "Y56")
			.variable("first", 500)
			.execute()
			.path("trusts.nodes[*].region.code")
			.entityList(String.class)
			.satisfies((regions) -> assertThat(regions).isNotEmpty().containsOnly("Y56"));

		graphQl.document(TRUSTS)
			.variable("icb", "QKK")
			.variable("league", "NON_ACUTE")
			.execute()
			.path("trusts.nodes[*].code")
			.entityList(String.class)
			.containsExactly("RV5");

		graphQl.document(TRUSTS)
			.variable("search", "ambulance")
			.variable("first", 500)
			.execute()
			.path("trusts.totalCount")
			.entity(Integer.class)
			// the ten English ambulance trusts and the Welsh Ambulance Services NHS Trust
			.isEqualTo(11);

		graphQl.document(TRUSTS)
			.variable("search", "rj1")
			.execute()
			.path("trusts.nodes[*].code")
			.entityList(String.class)
			.containsExactly("RJ1");
	}

	@Test
	void pages_through_every_trust_once_with_cursors() {
		Set<String> seen = new HashSet<>();
		List<Integer> pageSizes = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = graphQl.document(TRUSTS)
				.variable("first", 40)
				.variable("after", after)
				.execute();
			List<String> codes = page.path("trusts.nodes[*].code").entityList(String.class).get();
			pageSizes.add(codes.size());
			codes.forEach((code) -> assertThat(seen.add(code)).as("trust %s seen twice", code).isTrue());
			hasNext = page.path("trusts.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("trusts.pageInfo.endCursor").entity(String.class).get();
			page.path("trusts.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pageSizes.size() > 1);
		}
		// the 199 English and Welsh trusts open now, the one opening in June 2026
		// included, and the three care trusts the ODS extract lacks (TAD, TAH, TAJ)
		assertThat(seen).hasSize(205);
		assertThat(pageSizes).containsExactly(40, 40, 40, 40, 40, 5);
	}

	@Test
	void an_empty_page_has_no_cursors() {
		graphQl.document(TRUSTS)
			.variable("search", "no such trust")
			.execute()
			.path("trusts.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("trusts.pageInfo.endCursor")
			.valueIsNull()
			.path("trusts.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void rejects_a_cursor_it_did_not_issue() {
		graphQl.document(TRUSTS).variable("after", "not-a-cursor").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("Invalid cursor");
			});
		});
	}

	@Test
	void rejects_a_page_size_over_the_cap() {
		graphQl.document(TRUSTS).variable("first", 501).execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("first must be between 0 and 500");
			});
		});
	}

	@Test
	void a_nul_character_in_a_text_argument_is_a_clear_client_error() {
		graphQl.document("query Trust($code: String!) { trust(code: $code) { name } }")
			.variable("code", "RJ1\u0000")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("cannot hold (such as NUL");
			}));
	}

}
