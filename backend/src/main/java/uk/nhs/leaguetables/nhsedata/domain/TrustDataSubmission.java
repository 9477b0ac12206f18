package uk.nhs.leaguetables.nhsedata.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.platform.digest.Sha256;
import uk.nhs.leaguetables.submission.domain.MetricSpecification;
import uk.nhs.leaguetables.submission.domain.DeficitSupport;
import uk.nhs.leaguetables.submission.domain.RawRow;
import uk.nhs.leaguetables.submission.domain.SubmissionColumn;
import uk.nhs.leaguetables.submission.domain.ValueKind;

/**
 * Which rows of one quarter of a trust data file become the rows of a submission, in the
 * submission format (docs/submission-format.md), numbered as the rows they come from:
 * <ul>
 * <li>the raw value (OF0xxx) of each metric scored on its value;</li>
 * <li>for a metric scored by category or manually, the published score (OF1xxx) as the
 * {@code score}, since NHS England publishes no category: NHS England publishes OF1035
 * and OF1067 without an OF0035 or OF0067 row.</li>
 * <li>the financial override flag (OF5004) as the trust's deficit-support flag.</li>
 * </ul>
 * Everything else (composite and summary scores, the values of metrics scored by
 * category) is kept in the reference publication only.
 */
public final class TrustDataSubmission {

	/** NHS England's financial override flag: the trust is in deficit that quarter. */
	static final String FINANCIAL_OVERRIDE = "OF5004";

	/** Why a deficit-support flag comes from NHS England's financial override flag. */
	public static final String DEFICIT_SUPPORT_COMMENT = "NHS England's financial override flag (OF5004): "
			+ "in deficit, i.e. receiving deficit support, as NHS England records it";

	/** The justification of a published score that stands in for a value. */
	public static final String SCORE_ONLY_COMMENT = "Score published by NHS England; no value published";

	private TrustDataSubmission() {
	}

	/**
	 * @param quarter the rows of one quarter, all passed every rule
	 * @param catalogue the catalogue of the quarter's framework version
	 */
	public static List<RawRow> rows(List<TrustDataRow> quarter, TrustDataContext.Catalogue catalogue) {
		Set<String> valuesGiven = quarter.stream()
			.filter((row) -> row.kind() == ItemKind.VALUE)
			.map((row) -> row.trustCode() + "|" + row.metricCode())
			.collect(Collectors.toSet());
		List<RawRow> rows = new ArrayList<>();
		for (TrustDataRow row : quarter) {
			if (row.metricId().equals(FINANCIAL_OVERRIDE)) {
				rows.add(deficitSupport(row));
				continue;
			}
			MetricSpecification metric = (row.metricCode() != null) ? catalogue.metrics().get(row.metricCode()) : null;
			if (metric == null) {
				continue;
			}
			boolean scoredOnValue = metric.kind() == ValueKind.NUMBER;
			if (row.kind() == ItemKind.VALUE && scoredOnValue) {
				rows.add(row(row, SubmissionColumn.VALUE, null));
			}
			else if (row.kind() == ItemKind.METRIC_SCORE && !scoredOnValue) {
				boolean valueGiven = valuesGiven.contains(row.trustCode() + "|" + row.metricCode());
				rows.add(row(row, SubmissionColumn.SCORE, valueGiven
						? "Score published by NHS England; its published value is kept in the reference publication"
						: SCORE_ONLY_COMMENT));
			}
		}
		return rows;
	}

	/**
	 * The SHA-256 that identifies a quarter's submission rows: the same rows for the same
	 * quarter are not submitted twice, whichever file they came in.
	 */
	public static String checksum(String periodCode, List<RawRow> rows) {
		StringBuilder canonical = new StringBuilder(periodCode).append('\n');
		for (RawRow row : rows) {
			for (SubmissionColumn column : SubmissionColumn.values()) {
				String cell = row.get(column);
				canonical
					.append((cell != null) ? cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n") : "")
					.append('\t');
			}
			canonical.append('\n');
		}
		return Sha256.hex(canonical.toString());
	}

	/**
	 * NOF 2025/26 caps a trust in deficit at segment 3, and whether it is in deficit is
	 * the deficit-support flag (the published override flag is not implied by the planned
	 * deficit, methodology section 5.2): the flag NHS England published is that input.
	 */
	private static RawRow deficitSupport(TrustDataRow source) {
		Map<SubmissionColumn, String> cells = new EnumMap<>(SubmissionColumn.class);
		cells.put(SubmissionColumn.PERIOD, source.periodCode());
		cells.put(SubmissionColumn.ORGANISATION_CODE, source.trustCode());
		cells.put(SubmissionColumn.METRIC_ID, DeficitSupport.METRIC_ID);
		cells.put(SubmissionColumn.VALUE, source.value().stripTrailingZeros().toPlainString());
		cells.put(SubmissionColumn.COMMENT, DEFICIT_SUPPORT_COMMENT);
		return new RawRow(source.rowNumber(), cells);
	}

	private static RawRow row(TrustDataRow source, SubmissionColumn valueColumn, @Nullable String comment) {
		Map<SubmissionColumn, String> cells = new EnumMap<>(SubmissionColumn.class);
		cells.put(SubmissionColumn.PERIOD, source.periodCode());
		cells.put(SubmissionColumn.ORGANISATION_CODE, source.trustCode());
		cells.put(SubmissionColumn.METRIC_ID, source.metricCode());
		cells.put(valueColumn, source.value().toPlainString());
		if (comment != null) {
			cells.put(SubmissionColumn.COMMENT, comment);
		}
		return new RawRow(source.rowNumber(), cells);
	}

}
