package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

/**
 * A trust's referral-to-treatment waiting list (incomplete pathways) in April 2026, the
 * only month of real RTT data: the level its synthetic RTT values for the demo quarters
 * are anchored on. Percentages of the pathways with a known clock start, as NHS England
 * publishes them.
 */
record RttPosition(double within18WeeksPercent, double over52WeeksPercent) {

	private static final String FILE = "nhse_rtt_2026-04_provider_summary.csv";

	private static final String INCOMPLETE_PATHWAYS = "Part_2";

	/** Keyed by provider code (a trust code for NHS trusts). */
	static Map<String, RttPosition> read(Path sharedDataDir) {
		return DemoCsv.read(sharedDataDir.resolve(FILE))
			.stream()
			.filter((row) -> row.get("rtt_part_type").equals(INCOMPLETE_PATHWAYS))
			.collect(Collectors.toMap((row) -> row.get("provider_org_code"), RttPosition::of));
	}

	private static RttPosition of(CSVRecord row) {
		BigDecimal pathways = new BigDecimal(row.get("total_with_known_clock_start"));
		return new RttPosition(percent(row.get("within_18_weeks"), pathways),
				percent(row.get("over_52_weeks"), pathways));
	}

	private static double percent(String count, BigDecimal pathways) {
		return new BigDecimal(count).multiply(BigDecimal.valueOf(100))
			.divide(pathways, MathContext.DECIMAL64)
			.doubleValue();
	}

	/** The median of each percentage separately. */
	static RttPosition median(Collection<RttPosition> positions) {
		return new RttPosition(median(positions, RttPosition::within18WeeksPercent),
				median(positions, RttPosition::over52WeeksPercent));
	}

	private static double median(Collection<RttPosition> positions, ToDoubleFunction<RttPosition> percentage) {
		double[] sorted = positions.stream().mapToDouble(percentage).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
