package uk.nhs.leaguetables.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns a rejected argument (an {@link IllegalArgumentException} from validation, such as
 * a page size out of range or a cursor this service did not issue) and text PostgreSQL
 * cannot hold (a NUL character) into a BAD_REQUEST error that names the problem. Anything
 * else falls through to Spring's default: an INTERNAL_ERROR without stack trace or SQL.
 */
@Component
class ClientErrorExceptionResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof IllegalArgumentException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
		}
		if (isUnstorableText(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message("A text argument contains a character PostgreSQL cannot hold (such as NUL, \\u0000)")
				.build();
		}
		return null;
	}

	/**
	 * Whether PostgreSQL refused a text value as not valid UTF-8 (SQL states 22021 and
	 * 22P05), which only a client's argument can cause: nothing was stored.
	 */
	private static boolean isUnstorableText(Throwable ex) {
		return SqlStates.anyCauseHas(ex, (state) -> "22021".equals(state) || "22P05".equals(state));
	}

}
