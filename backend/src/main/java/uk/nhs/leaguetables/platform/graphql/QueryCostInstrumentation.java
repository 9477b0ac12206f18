package uk.nhs.leaguetables.platform.graphql;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a query whose cost exceeds the client's budget before anything runs. A field
 * costs one plus, for a list, the list's size times what is selected under each item, so
 * that nesting lists multiplies as the response would: the size is the {@code first} of
 * the field (or, for a connection's {@code nodes} and {@code edges}, of the connection),
 * else the field's {@code @listSize(assumedSize:)} in the schema, else
 * {@value #DEFAULT_LIST_SIZE}. Lists of scalars, and introspection's lists, count as one
 * item. The budget is set per request by {@link ResponseBudgetInterceptor}: anonymous
 * clients get less than signed-in ones.
 */
class QueryCostInstrumentation extends SimplePerformantInstrumentation {

	/** The key under which a request's budget travels in the GraphQL context. */
	static final String BUDGET = QueryCostInstrumentation.class.getName() + ".budget";

	static final int DEFAULT_LIST_SIZE = 20;

	/**
	 * One field's cost is capped here, above every budget, so that graphql-java's sums of
	 * siblings (at most the field limit of them) cannot overflow an {@code int}.
	 */
	static final int MAX_FIELD_COST = Integer.MAX_VALUE / 1024;

	private static final String SLICING_ARGUMENT = "first";

	private static final FieldComplexityCalculator COST = QueryCostInstrumentation::cost;

	private final int defaultBudget;

	/**
	 * @param defaultBudget the budget of a request that carries none (the anonymous one)
	 */
	QueryCostInstrumentation(int defaultBudget) {
		this.defaultBudget = defaultBudget;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		int budget = execution.getGraphQLContext().getOrDefault(BUDGET, defaultBudget);
		int cost = cost(execution);
		if (cost > budget) {
			throw new AbortExecutionException("The query would cost " + cost + " (lists count by their size: `first`, "
					+ "or the size the schema assumes); this client's budget is " + budget
					+ ". Ask for fewer fields under lists or smaller pages; signed-in clients have a larger budget.");
		}
		return SimpleInstrumentationContext.noOp();
	}

	static int cost(ExecutionContext execution) {
		return QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(COST)
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.variables(execution.getCoercedVariables())
			.build()
			.calculate();
	}

	private static int cost(FieldComplexityEnvironment field, int childCost) {
		long cost = 1L + (long) listSize(field) * childCost;
		return (int) Math.min(cost, MAX_FIELD_COST);
	}

	static int listSize(FieldComplexityEnvironment field) {
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType());
		if (!GraphQLTypeUtil.isList(type) || GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))
				|| isIntrospection(field)) {
			return 1;
		}
		Integer own = slice(field.getArguments());
		if (own != null) {
			return own;
		}
		Integer connection = (field.getParentEnvironment() != null) ? slice(field.getParentEnvironment().getArguments())
				: null;
		if (connection != null) {
			return connection;
		}
		GraphQLAppliedDirective listSize = field.getFieldDefinition().getAppliedDirective("listSize");
		if (listSize != null) {
			return listSize.getArgument("assumedSize").getValue();
		}
		return DEFAULT_LIST_SIZE;
	}

	/**
	 * The schema's own description is as large as the schema, whatever is asked:
	 * GraphiQL's introspection query must not be priced as if each of its lists were
	 * long.
	 */
	private static boolean isIntrospection(FieldComplexityEnvironment field) {
		return field.getParentType().getName().startsWith("__");
	}

	private static @Nullable Integer slice(Map<String, Object> arguments) {
		return (arguments.get(SLICING_ARGUMENT) instanceof Integer first) ? Math.max(first, 0) : null;
	}

}
