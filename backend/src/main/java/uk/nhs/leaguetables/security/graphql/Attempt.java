package uk.nhs.leaguetables.security.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.platform.graphql.UserError;

/**
 * Runs an account change for a mutation: its result in the payload, or the service's
 * refusal (which names the field and the rule) as a typed error.
 */
final class Attempt {

	private Attempt() {
	}

	static <T, P> P of(String errorCode, Supplier<T> change, BiFunction<@Nullable T, List<UserError>, P> payload) {
		try {
			return payload.apply(change.get(), List.of());
		}
		catch (IllegalArgumentException ex) {
			return payload.apply(null, List.of(new UserError(ex.getMessage(), errorCode)));
		}
	}

	/** The number of an {@code ID!} argument. */
	static long id(String field, String id) {
		try {
			return Long.parseLong(id.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(field + ": '" + id + "' is not a number");
		}
	}

	/** An ISO 8601 time argument, or null. */
	static java.time.@Nullable OffsetDateTime time(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException(
					field + ": '" + text + "' is not an ISO 8601 time such as 2026-12-31T23:59:59Z");
		}
	}

}
