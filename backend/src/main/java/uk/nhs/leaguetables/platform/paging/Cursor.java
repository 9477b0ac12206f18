package uk.nhs.leaguetables.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque Relay cursor: the sort key of the last row a client saw, so that the next
 * page is a keyset seek rather than an OFFSET (stable when rows are added, and as fast on
 * the last page as on the first).
 */
public record Cursor(List<String> sortKey) {

	private static final char SEPARATOR = '\u001f';

	public Cursor {
		sortKey = List.copyOf(sortKey);
	}

	public static Cursor of(String... sortKey) {
		return new Cursor(List.of(sortKey));
	}

	public String encode() {
		String joined = String.join(String.valueOf(SEPARATOR), sortKey);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidCursorException when the text is not a cursor this service issued
	 * with that many key parts
	 */
	public static Cursor decode(String encoded, int expectedParts) {
		try {
			String joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			List<String> parts = List.of(joined.split(String.valueOf(SEPARATOR), -1));
			if (parts.size() != expectedParts) {
				throw new InvalidCursorException(encoded);
			}
			return new Cursor(parts);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException(encoded);
		}
	}

	public String part(int index) {
		return sortKey.get(index);
	}

}
