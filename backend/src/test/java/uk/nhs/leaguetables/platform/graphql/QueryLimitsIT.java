package uk.nhs.leaguetables.platform.graphql;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile queries are refused before they run, with a clear error and without a stack
 * trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class QueryLimitsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void too_many_fields_without_aliases_are_refused() {
		String fields = IntStream.range(0, 150)
			.mapToObj((i) -> "regions { code name }")
			.collect(Collectors.joining(" "));

		graphQl.document("{ " + fields + " }").execute().errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.getFirst().getMessage()).contains("complexity");
		});
	}

	@Test
	void an_alias_bomb_is_refused() {
		String aliases = IntStream.range(0, 500)
			.mapToObj((i) -> "a" + i + ": trusts(first: 1) { totalCount }")
			.collect(Collectors.joining(" "));

		graphQl.document("{ " + aliases + " }").execute().errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.getFirst().getMessage()).contains("500 aliases; at most 30 are allowed");
			assertThat(errors.getFirst().getMessage()).doesNotContain("at org.", "Exception");
		});
	}

	@Test
	void a_deeply_nested_query_is_refused() {
		String nested = "successor { ".repeat(20) + "code" + " }".repeat(20);

		graphQl.document("{ trust(code: \"RJ1\") { " + nested + " } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.getFirst().getMessage()).contains("depth");
		});
	}

	@Test
	void graphiql_can_still_introspect_the_schema() {
		graphQl.document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	@Test
	void an_ordinary_query_passes() {
		graphQl.document("{ trusts(first: 2) { totalCount nodes { code name region { name } } } }")
			.execute()
			.path("trusts.totalCount")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isPositive());
	}

}
