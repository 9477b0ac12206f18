package uk.nhs.leaguetables.submission.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.nhs.leaguetables.submission.demo.SubmissionRow.Key;

/**
 * Builds the demo submission files ({@code db/seed/demo/submission-*.csv}, described in
 * that folder's {@code README.md}): for every demo quarter, one row per trust and
 * NOF-2025/26 metric of its league, from real NHS statistics where the shared data folder
 * has them and clearly labelled synthetic values elsewhere. Deterministic: rebuilding
 * gives byte-identical files.
 *
 * <p>
 * Arguments: the shared NHS data folder ({@code ../shared/data/nhs}), the framework seed
 * folder ({@code db/seed/framework}; the trusts are read from its sibling
 * {@code reference}, the registry the service loads) and the output folder.
 */
public final class DemoSubmissionBuilder {

	/** Commons CSV's RFC 4180 printer, with Unix line ends like every other seed file. */
	private static final CSVFormat OUTPUT = CSVFormat.RFC4180.builder()
		.setHeader(SubmissionRow.HEADER.toArray(String[]::new))
		.setRecordSeparator('\n')
		.get();

	/** The organisation flag of the upload format (docs/submission-format.md). */
	static final String DEFICIT_SUPPORT = "DEFICIT_SUPPORT";

	private final Map<String, Metric> catalogue;

	private final List<DemoTrust> trusts;

	private final Map<String, RealMetric> realMetrics;

	private final SyntheticValues syntheticValues;

	private DemoSubmissionBuilder(Path sharedDataDir, Path frameworkSeedDir) {
		this.catalogue = Metric.readCatalogue(frameworkSeedDir);
		this.trusts = DemoTrust.readLeagueTrusts(frameworkSeedDir.resolveSibling("reference"));
		this.realMetrics = NhsStatistics.read(sharedDataDir);
		this.syntheticValues = new SyntheticValues(RttPosition.read(sharedDataDir), trusts);
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			throw new IllegalArgumentException(
					"Usage: DemoSubmissionBuilder <shared NHS data dir> <framework seed dir> <output dir>");
		}
		Path outputDir = Path.of(args[2]);
		new DemoSubmissionBuilder(Path.of(args[0]), Path.of(args[1])).writeAll(outputDir);
		System.out.println("Wrote the demo submission files to " + outputDir.toAbsolutePath().normalize());
	}

	private void writeAll(Path outputDir) throws IOException {
		Files.createDirectories(outputDir);
		for (DemoPeriod period : DemoPeriod.ALL) {
			write(rows(period), outputDir.resolve(period.fileName()));
		}
	}

	/** By trust code, then metric in catalogue order. */
	private List<SubmissionRow> rows(DemoPeriod period) {
		List<SubmissionRow> rows = new ArrayList<>();
		for (DemoTrust trust : trusts.stream().filter((trust) -> trust.openBy(period)).toList()) {
			for (Metric metric : catalogue.values()) {
				if (metric.appliesTo(trust.league())) {
					SubmissionRow row = row(new Key(period, trust.code(), metric.id()), trust, metric);
					rows.add(row);
					if (isPlannedDeficit(row)) {
						rows.add(SubmissionRow.value(new Key(period, trust.code(), DEFICIT_SUPPORT), BigDecimal.ONE,
								"SYNTHETIC: receives deficit support, as its synthetic plan (OF0079) is a deficit"));
					}
				}
			}
		}
		return rows;
	}

	/**
	 * Most trusts NHS England flags for the financial override plan a deficit; the demo
	 * gives deficit support to exactly those whose synthetic plan is one.
	 */
	private static boolean isPlannedDeficit(SubmissionRow row) {
		return row.key().metricId().equals("OF0079") && row.value() != null && row.value().signum() < 0;
	}

	private SubmissionRow row(Key key, DemoTrust trust, Metric metric) {
		RealMetric real = realMetrics.get(metric.id());
		return (real != null) ? real.row(key, metric.basis()) : syntheticValues.row(key, trust, metric);
	}

	private static void write(List<SubmissionRow> rows, Path file) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, OUTPUT)) {
			for (SubmissionRow row : rows) {
				printer.printRecord(row.cells());
			}
		}
	}

}
