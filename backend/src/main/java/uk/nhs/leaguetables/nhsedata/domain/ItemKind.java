package uk.nhs.leaguetables.nhsedata.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a row of NHS England's trust data holds, told by its metric id, with the values it
 * may take (the raw values' range is the metric's own, from the catalogue).
 */
public enum ItemKind {

	/** OF0xxx: the metric's raw value. */
	VALUE("a raw value", null, null, false),

	/**
	 * OF1xxx: a metric score (or the combined finance score OF1080), 1.00 best to 4.00.
	 */
	METRIC_SCORE("a metric score", BigDecimal.ONE, BigDecimal.valueOf(4), false),

	/** OF40xx: a domain score, 1.00 to 4.00. */
	DOMAIN_SCORE("a domain score", BigDecimal.ONE, BigDecimal.valueOf(4), false),

	/** OF41xx: a domain segment, 1 to 4. */
	DOMAIN_SEGMENT("a domain segment", BigDecimal.ONE, BigDecimal.valueOf(4), true),

	/** OF5000 (adjusted segment) and OF5003 (unadjusted segment), 1 to 4. */
	SEGMENT("a segment", BigDecimal.ONE, BigDecimal.valueOf(4), true),

	/** OF5002: the average metric score, 1.00 to 4.00. */
	AVERAGE_SCORE("an average metric score", BigDecimal.ONE, BigDecimal.valueOf(4), false),

	/** OF5004 (financial override) and OF5007 (Recovery Support Programme): 0 or 1. */
	FLAG("a flag", BigDecimal.ZERO, BigDecimal.ONE, true),

	/**
	 * OF5005: the final segment score override, 1 to 4, or 5 for the Recovery Support
	 * Programme.
	 */
	SEGMENT_OVERRIDE("a segment override", BigDecimal.ONE, BigDecimal.valueOf(5), true);

	private static final Set<String> SEGMENTS = Set.of("OF5000", "OF5003");

	private static final Set<String> FLAGS = Set.of("OF5004", "OF5007");

	private final String description;

	private final @Nullable BigDecimal min;

	private final @Nullable BigDecimal max;

	private final boolean whole;

	ItemKind(String description, @Nullable BigDecimal min, @Nullable BigDecimal max, boolean whole) {
		this.description = description;
		this.min = min;
		this.max = max;
		this.whole = whole;
	}

	/**
	 * The kind of a metric id, or empty when NHS England's trust data has no such id (the
	 * summary ids are OF40xx, OF41xx, OF5000, OF5002, OF5003, OF5004, OF5005 and OF5007).
	 */
	public static Optional<ItemKind> of(String metricId) {
		if (!metricId.matches("OF\\d{4}")) {
			return Optional.empty();
		}
		if (metricId.startsWith("OF0")) {
			return Optional.of(VALUE);
		}
		if (metricId.startsWith("OF1")) {
			return Optional.of(METRIC_SCORE);
		}
		if (metricId.startsWith("OF40")) {
			return Optional.of(DOMAIN_SCORE);
		}
		if (metricId.startsWith("OF41")) {
			return Optional.of(DOMAIN_SEGMENT);
		}
		if (SEGMENTS.contains(metricId)) {
			return Optional.of(SEGMENT);
		}
		if (metricId.equals("OF5002")) {
			return Optional.of(AVERAGE_SCORE);
		}
		if (FLAGS.contains(metricId)) {
			return Optional.of(FLAG);
		}
		if (metricId.equals("OF5005")) {
			return Optional.of(SEGMENT_OVERRIDE);
		}
		return Optional.empty();
	}

	/**
	 * Whether a value is one this kind may take; raw values are checked against their
	 * metric's range instead.
	 */
	public boolean allows(BigDecimal value) {
		return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0)
				&& (!whole || value.stripTrailingZeros().scale() <= 0);
	}

	/** The values it may take, in words, e.g. "a whole number from 1 to 4". */
	public String range() {
		if (min == null || max == null) {
			return "the metric's valid range";
		}
		if (this == FLAG) {
			return "0 or 1";
		}
		return whole ? "a whole number from " + min + " to " + max : "from 1.00 to 4.00";
	}

	public String description() {
		return description;
	}

}
