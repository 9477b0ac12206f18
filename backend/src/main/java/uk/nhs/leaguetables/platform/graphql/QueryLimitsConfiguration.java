package uk.nhs.leaguetables.platform.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits that keep one request from knocking the service over: how deep a query may nest
 * and how many fields it may select in all (every alias counts), and how many aliases it
 * may use, so an alias bomb is refused before anything runs; and what it would cost
 * counting the sizes of its lists ({@link QueryCostInstrumentation}). The depth leaves
 * room for GraphiQL's introspection query (13 levels). Page sizes are capped where the
 * lists are ({@code PageRequest}).
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(@Value("${league-tables.graphql.max-depth:15}") int maxDepth) {
		return new MaxQueryDepthInstrumentation(maxDepth);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(
			@Value("${league-tables.graphql.max-fields:400}") int maxFields) {
		return new MaxQueryComplexityInstrumentation(maxFields);
	}

	/**
	 * Requests that carry no budget of their own (none should: see
	 * {@link ResponseBudgetInterceptor}) get the anonymous one.
	 */
	@Bean
	QueryCostInstrumentation queryCost(@Value("${league-tables.graphql.anonymous-max-cost:250000}") int anonymousCost) {
		return new QueryCostInstrumentation(anonymousCost);
	}

	@Bean
	AliasLimitInstrumentation aliasLimit(@Value("${league-tables.graphql.max-aliases:30}") int maxAliases) {
		return new AliasLimitInstrumentation(maxAliases);
	}

}
