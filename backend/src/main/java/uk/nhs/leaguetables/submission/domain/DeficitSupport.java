package uk.nhs.leaguetables.submission.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The organisation flag "receives deficit support in the quarter", submitted as a row
 * whose metric id is the reserved {@value #METRIC_ID} with value 1 (receives it) or 0
 * (does not); docs/submission-format.md, "Organisation flags".
 */
public final class DeficitSupport {

	/** The reserved metric id of a deficit-support row; no metric can have it. */
	public static final String METRIC_ID = "DEFICIT_SUPPORT";

	private DeficitSupport() {
	}

	/** Whether a row's metric id names the flag (case-insensitively, like metric ids). */
	public static boolean isFlag(@Nullable String metricId) {
		return metricId != null && metricId.toUpperCase(Locale.ROOT).equals(METRIC_ID);
	}

}
