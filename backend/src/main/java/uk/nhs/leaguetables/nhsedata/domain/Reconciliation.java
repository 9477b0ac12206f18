package uk.nhs.leaguetables.nhsedata.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Our calculation beside NHS England's reference publication of the same quarter and
 * league, item by item in NHS England's ids (methodology §8: every published number
 * explainable): metric scores (OF1xxx), domain scores and segments (OF40xx, OF41xx), the
 * average (OF5002), segments (OF5003, OF5000), the support segment (OF5005), the flags
 * (OF5004, OF5007) and the ranks (OF5000 and OF5002 ranks, written {@code OF5000/rank}).
 * Scores match within one unit of publication rounding (0.01); segments, flags and ranks
 * match exactly. Differences come first.
 */
public final class Reconciliation {

	/** Scores are published to 2 places: ours and theirs may differ by one unit. */
	static final BigDecimal SCORE_TOLERANCE = new BigDecimal("0.01");

	/** The suffix of the rank items, e.g. {@code OF5000/rank}. */
	public static final String RANK = "/rank";

	private Reconciliation() {
	}

	/** One organisation's item. */
	public record Key(String organisationCode, String item) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparing(Key::organisationCode)
			.thenComparing(Key::item);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}

	}

	/**
	 * One organisation's item on both sides; a side is {@code null} when it has no such
	 * item (e.g. a metric NHS England published that we did not score).
	 */
	public record Line(String organisationCode, String item, @Nullable BigDecimal ours, @Nullable BigDecimal theirs,
			boolean matches) {

		public @Nullable BigDecimal difference() {
			return (ours != null && theirs != null) ? ours.subtract(theirs) : null;
		}

	}

	/** How many of an item's organisations match. */
	public record ItemTotal(String item, int compared, int matching) {
	}

	/**
	 * @param lines differences first, then by organisation and item
	 * @param items per item, in item order
	 */
	public record Result(List<Line> lines, List<ItemTotal> items, int compared, int matching) {

		public Result {
			lines = List.copyOf(lines);
			items = List.copyOf(items);
		}

	}

	public static Result compare(Map<Key, BigDecimal> ours, Map<Key, BigDecimal> theirs) {
		var keys = new TreeSet<Key>();
		keys.addAll(ours.keySet());
		keys.addAll(theirs.keySet());
		var lines = new ArrayList<Line>(keys.size());
		var totals = new TreeMap<String, int[]>();
		int matching = 0;
		for (Key key : keys) {
			BigDecimal our = ours.get(key);
			BigDecimal their = theirs.get(key);
			boolean matches = our != null && their != null && matches(key.item(), our, their);
			lines.add(new Line(key.organisationCode(), key.item(), our, their, matches));
			int[] total = totals.computeIfAbsent(key.item(), (item) -> new int[2]);
			total[0]++;
			if (matches) {
				total[1]++;
				matching++;
			}
		}
		lines.sort(Comparator.comparing(Line::matches));
		var items = new ArrayList<ItemTotal>(totals.size());
		totals.forEach((item, total) -> items.add(new ItemTotal(item, total[0], total[1])));
		return new Result(lines, items, lines.size(), matching);
	}

	/**
	 * Whether the item is a score (matched within rounding) rather than a count or flag.
	 */
	static boolean isScore(String item) {
		return item.startsWith("OF1") || item.startsWith("OF40") || item.equals("OF5002");
	}

	private static boolean matches(String item, BigDecimal ours, BigDecimal theirs) {
		return isScore(item) ? ours.subtract(theirs).abs().compareTo(SCORE_TOLERANCE) <= 0
				: ours.compareTo(theirs) == 0;
	}

}
