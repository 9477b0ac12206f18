package uk.nhs.leaguetables.platform.graphql;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Estimates the size of a response's JSON from its data, without serialising it: names,
 * text and punctuation counted in characters, numbers as eight. Stops as soon as the
 * estimate passes the limit, so an oversized response costs no more to refuse than the
 * part of it walked.
 */
final class ResponseSize {

	private static final int NUMBER = 8;

	private ResponseSize() {
	}

	/** The estimated size in bytes, or a number above {@code limit} once it is passed. */
	static long estimate(@Nullable Object data, long limit) {
		return add(data, 0, limit);
	}

	private static long add(@Nullable Object value, long size, long limit) {
		if (size > limit) {
			return size;
		}
		return switch (value) {
			case null -> size + 4;
			case Map<?, ?> object -> {
				long total = size + 2;
				for (Map.Entry<?, ?> entry : object.entrySet()) {
					total = add(entry.getValue(), total + String.valueOf(entry.getKey()).length() + 4, limit);
					if (total > limit) {
						break;
					}
				}
				yield total;
			}
			case List<?> list -> {
				long total = size + 2;
				for (Object item : list) {
					total = add(item, total + 1, limit);
					if (total > limit) {
						break;
					}
				}
				yield total;
			}
			case CharSequence text -> size + text.length() + 2;
			default -> size + NUMBER;
		};
	}

}
