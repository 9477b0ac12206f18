package uk.nhs.leaguetables.platform.graphql;

import java.util.Map;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

/**
 * Turns a rejected argument (an argument that cannot be bound, such as {@code "abc"} for
 * a numeric ID; an {@link IllegalArgumentException} from validation, such as a page size
 * out of range or a cursor this service did not issue) and text PostgreSQL cannot hold (a
 * NUL character) into a BAD_REQUEST error that names the problem. Anything else falls
 * through to Spring's default: an INTERNAL_ERROR without stack trace or SQL.
 */
@Component
class ClientErrorExceptionResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BindException binding) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(binding.getFieldErrors()
					.stream()
					.map((error) -> describe(error, env.getArguments()))
					.collect(Collectors.joining("; ")))
				.build();
		}
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
	 * Names the argument and the value that could not be read, and what was expected: an
	 * ID such as {@code "abc"} where a number is expected used to surface as an
	 * INTERNAL_ERROR with a stack trace in the log.
	 */
	private static String describe(FieldError error, Map<String, Object> arguments) {
		String expected = "typeMismatch".equals(error.getCode())
				? " is not a valid value of this argument (an ID is a whole number)" : " is not acceptable";
		// the binder names the argument after its Java type and the argument itself "$"
		// (an input object's field
		// "$.field"); with one argument, the GraphQL argument's name is certain
		String root = (arguments.size() == 1) ? arguments.keySet().iterator().next() : error.getObjectName();
		String path = error.getField();
		String argument = path.equals("$") ? root
				: path.startsWith("$.") ? root + path.substring(1) : root + "." + path;
		return "Argument '" + argument + "': '" + error.getRejectedValue() + "'" + expected;
	}

	/**
	 * Whether PostgreSQL refused a text value as not valid UTF-8 (SQL states 22021 and
	 * 22P05), which only a client's argument can cause: nothing was stored.
	 */
	private static boolean isUnstorableText(Throwable ex) {
		return SqlStates.anyCauseHas(ex, (state) -> "22021".equals(state) || "22P05".equals(state));
	}

}
