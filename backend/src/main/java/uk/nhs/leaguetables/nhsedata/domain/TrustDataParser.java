package uk.nhs.leaguetables.nhsedata.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.tabular.TableReader;
import uk.nhs.leaguetables.platform.tabular.UnreadableTableException;
import uk.nhs.leaguetables.submission.domain.MetricSpecification;
import uk.nhs.leaguetables.submission.domain.OrganisationFacts;

/**
 * Reads and checks one of NHS England's NOF trust data files (CSV or the first sheet of
 * an XLSX workbook, long layout) against the registry and the framework catalogues,
 * collecting every finding rather than stopping at the first. Rows are numbered as a
 * spreadsheet numbers them: the header is row 1.
 */
public final class TrustDataParser {

	/** The report keeps this many findings; the error count stays exact. */
	static final int MAX_ISSUES = 1000;

	private static final Pattern QUARTER = Pattern.compile("Q([1-4]) (\\d{4})/(\\d{2})");

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

	private final TrustDataContext context;

	private final League league;

	private final @Nullable String requestedPeriod;

	private final List<TrustDataRow> rows = new ArrayList<>();

	private final List<ImportIssue> issues = new ArrayList<>();

	private final Map<String, Integer> firstRowOfKey = new HashMap<>();

	private final Set<String> unknownPeriods = new HashSet<>();

	private @Nullable Map<TrustDataColumn, Integer> columns;

	private boolean headerBroken;

	private int rowCount;

	private int errorCount;

	private TrustDataParser(TrustDataContext context, League league, @Nullable String requestedPeriod) {
		this.context = context;
		this.league = league;
		this.requestedPeriod = requestedPeriod;
	}

	/**
	 * @param league the league the file is imported for; every row's trust type must be
	 * of it
	 * @param requestedPeriod the quarter the import is for, e.g. {@code 2025/26 Q1}; null
	 * to take every quarter of the file
	 */
	public static ParsedTrustData parse(InputStream content, TableReader.Format format, TrustDataContext context,
			League league, @Nullable String requestedPeriod) throws IOException {
		TrustDataParser parser = new TrustDataParser(context, league, requestedPeriod);
		try {
			TableReader.read(content, format, parser::row);
		}
		catch (UnreadableTableException ex) {
			parser.issue(null, null, null, ImportRule.UNREADABLE_FILE, ex.getMessage());
			return parser.result();
		}
		if (parser.columns == null || (parser.rowCount == 0 && !parser.headerBroken)) {
			parser.issue(null, null, null, ImportRule.EMPTY_FILE, "The file has no data rows"
					+ ((parser.columns == null) ? " and no header row" : " below its header"));
		}
		return parser.result();
	}

	/**
	 * The league of NHS England's trust type, e.g. {@code Mental health and community
	 * trust} is NON_ACUTE.
	 */
	public static Optional<League> leagueOfTrustType(String trustType) {
		String type = trustType.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+trusts?$", "");
		return switch (type) {
			case "acute" -> Optional.of(League.ACUTE);
			case "mental health and community", "mental health", "community", "non-acute", "non acute" ->
				Optional.of(League.NON_ACUTE);
			case "ambulance" -> Optional.of(League.AMBULANCE);
			default -> Optional.empty();
		};
	}

	/**
	 * Our period code of NHS England's quarter, e.g. {@code Q1 2025/26} is
	 * {@code 2025/26 Q1}; empty when it is not such a quarter.
	 */
	public static Optional<String> periodCode(String quarter) {
		Matcher matcher = QUARTER.matcher(quarter.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int startYear = Integer.parseInt(matcher.group(2));
		if (Integer.parseInt(matcher.group(3)) != (startYear + 1) % 100) {
			return Optional.empty();
		}
		return Optional.of(matcher.group(2) + "/" + matcher.group(3) + " Q" + matcher.group(1));
	}

	/**
	 * NHS England's way of writing a period code: {@code 2025/26 Q1} is
	 * {@code Q1 2025/26}.
	 */
	public static String quarterOf(String periodCode) {
		return periodCode.substring(8) + " " + periodCode.substring(0, 7);
	}

	private void row(int rowNumber, List<String> cells) {
		if (columns == null) {
			header(cells);
			return;
		}
		rowCount++;
		if (!headerBroken) {
			new RowCheck(rowNumber, cells).check();
		}
	}

	private void header(List<String> names) {
		Map<TrustDataColumn, Integer> found = new EnumMap<>(TrustDataColumn.class);
		for (int index = 0; index < names.size(); index++) {
			String name = names.get(index).strip();
			if (name.isEmpty()) {
				continue;
			}
			Optional<TrustDataColumn> column = TrustDataColumn.ofHeader(name);
			if (column.isEmpty()) {
				headerIssue(name, ImportRule.UNKNOWN_COLUMN, "'" + name
						+ "' is not a column of NHS England's trust data layout; its columns are " + headers());
			}
			else if (found.containsKey(column.get())) {
				headerIssue(name, ImportRule.UNKNOWN_COLUMN, "The column '" + name + "' appears twice");
			}
			else {
				found.put(column.get(), index);
			}
		}
		for (TrustDataColumn column : TrustDataColumn.values()) {
			if (!found.containsKey(column)) {
				headerBroken = true;
				issue(1, column, null, ImportRule.MISSING_COLUMN, "The header row has no '" + column.header()
						+ "' column; NHS England's trust data files have all of " + headers());
			}
		}
		columns = found;
	}

	private void headerIssue(String name, ImportRule rule, String message) {
		headerBroken = true;
		errorCount++;
		if (issues.size() < MAX_ISSUES) {
			issues.add(new ImportIssue(1, name, name, rule.name(), rule.severity(), message));
		}
	}

	private static List<String> headers() {
		return java.util.Arrays.stream(TrustDataColumn.values()).map(TrustDataColumn::header).toList();
	}

	private void issue(@Nullable Integer row, @Nullable TrustDataColumn column, @Nullable String value, ImportRule rule,
			String message) {
		errorCount++;
		if (issues.size() < MAX_ISSUES) {
			issues.add(ImportIssue.of(row, column, value, rule, message));
		}
	}

	private ParsedTrustData result() {
		return new ParsedTrustData(rowCount, rows, issues, errorCount);
	}

	/**
	 * The checks of one row, collecting every issue rather than stopping at the first.
	 */
	private final class RowCheck {

		private final int rowNumber;

		private final List<String> cells;

		private boolean broken;

		RowCheck(int rowNumber, List<String> cells) {
			this.rowNumber = rowNumber;
			this.cells = cells;
		}

		void check() {
			String periodCode = period();
			String framework = (periodCode != null) ? framework(periodCode) : null;
			trustType();
			String trustCode = trust();
			String metricId = get(TrustDataColumn.METRIC_ID);
			ItemKind kind = kind(metricId);
			String metricCode = (kind != null && framework != null) ? metric(framework, metricId, kind) : null;
			BigDecimal value = value(kind, (metricCode != null && framework != null)
					? context.catalogues().get(framework).metrics().get(metricCode) : null);
			BigDecimal median = optionalNumber(TrustDataColumn.MEDIAN_VALUE);
			BigDecimal lowerQuartile = optionalNumber(TrustDataColumn.LOWER_QUARTILE);
			BigDecimal upperQuartile = optionalNumber(TrustDataColumn.UPPER_QUARTILE);
			Integer rank = rank();
			if (periodCode != null && trustCode != null && metricId != null) {
				String key = periodCode + "|" + trustCode + "|" + metricId.toUpperCase(Locale.ROOT);
				Integer first = firstRowOfKey.putIfAbsent(key, rowNumber);
				if (first != null) {
					issue(TrustDataColumn.METRIC_ID, metricId, ImportRule.DUPLICATE_ROW,
							"Row " + rowNumber + " repeats " + trustCode + " " + metricId + " of "
									+ quarterOf(periodCode) + " from row " + first);
				}
			}
			if (!broken) {
				rows.add(new TrustDataRow(rowNumber, periodCode, framework, league, trustCode,
						metricId.toUpperCase(Locale.ROOT), kind, metricCode, value, median, lowerQuartile,
						upperQuartile, rank,
						new TrustDataRow.Descriptions(get(TrustDataColumn.REGION), get(TrustDataColumn.TRUST_SUBTYPE),
								get(TrustDataColumn.TRUST_NAME), get(TrustDataColumn.DOMAIN),
								get(TrustDataColumn.SUB_DOMAIN), get(TrustDataColumn.METRIC_DESCRIPTION),
								get(TrustDataColumn.REPORTING_DATE), get(TrustDataColumn.UNITS))));
			}
		}

		private @Nullable String period() {
			String quarter = get(TrustDataColumn.QUARTER);
			if (quarter == null) {
				issue(TrustDataColumn.QUARTER, null, ImportRule.MALFORMED_QUARTER,
						"The quarter is empty; NHS England writes it like Q1 2025/26");
				return null;
			}
			String periodCode = periodCode(quarter).orElse(null);
			if (periodCode == null) {
				issue(TrustDataColumn.QUARTER, quarter, ImportRule.MALFORMED_QUARTER,
						"'" + quarter + "' is not a quarter as NHS England writes it, e.g. Q1 2025/26");
				return null;
			}
			if (requestedPeriod != null && !periodCode.equals(requestedPeriod)) {
				issue(TrustDataColumn.QUARTER, quarter, ImportRule.QUARTER_MISMATCH, "The row is for " + quarter
						+ " but the import is for " + quarterOf(requestedPeriod) + " (" + requestedPeriod + ")");
				return null;
			}
			return periodCode;
		}

		private @Nullable String framework(String periodCode) {
			String framework = context.frameworkOf(periodCode);
			if (framework == null) {
				broken = true;
				if (unknownPeriods.add(periodCode)) {
					issue(TrustDataColumn.QUARTER, get(TrustDataColumn.QUARTER), ImportRule.UNKNOWN_PERIOD,
							"There is no reporting period " + periodCode + " and no framework version covers "
									+ periodCode.substring(0, 7)
									+ "; load the framework version first (this is reported for the quarter's first row only)");
				}
			}
			return framework;
		}

		private void trustType() {
			String trustType = get(TrustDataColumn.TRUST_TYPE);
			League ofType = (trustType != null) ? leagueOfTrustType(trustType).orElse(null) : null;
			if (ofType == null) {
				issue(TrustDataColumn.TRUST_TYPE, trustType, ImportRule.UNKNOWN_TRUST_TYPE, "'"
						+ Optional.ofNullable(trustType).orElse("")
						+ "' is not one of NHS England's trust types: Acute trust, Mental health and community trust, Ambulance trust");
			}
			else if (ofType != league) {
				issue(TrustDataColumn.TRUST_TYPE, trustType, ImportRule.LEAGUE_MISMATCH,
						"A " + trustType + " is in the " + ofType + " league, but the import is for " + league);
			}
		}

		private @Nullable String trust() {
			String code = get(TrustDataColumn.TRUST_CODE);
			OrganisationFacts trust = (code != null) ? context.organisations().get(code.toUpperCase(Locale.ROOT))
					: null;
			if (trust == null) {
				issue(TrustDataColumn.TRUST_CODE, code, ImportRule.UNKNOWN_TRUST, (code == null)
						? "The trust code is empty" : "'" + code + "' is not the ODS code of a trust in the registry");
				return null;
			}
			if (trust.league() != league) {
				issue(TrustDataColumn.TRUST_CODE, code, ImportRule.TRUST_LEAGUE_MISMATCH,
						trust.code() + " is in the "
								+ Optional.ofNullable(trust.league()).map(League::name).orElse("no")
								+ " league in the registry, but the file has it as a " + get(TrustDataColumn.TRUST_TYPE)
								+ " (" + league + ")");
			}
			return trust.code();
		}

		private @Nullable ItemKind kind(@Nullable String metricId) {
			ItemKind kind = (metricId != null) ? ItemKind.of(metricId.toUpperCase(Locale.ROOT)).orElse(null) : null;
			if (kind == null) {
				issue(TrustDataColumn.METRIC_ID, metricId, ImportRule.UNKNOWN_METRIC_ID,
						(metricId == null) ? "The metric id is empty" : "'" + metricId
								+ "' is not a metric id of NHS England's trust data (OF0xxx values, OF1xxx "
								+ "scores, OF40xx and OF41xx domain scores and segments, OF5000, OF5002-OF5005, OF5007)");
			}
			return kind;
		}

		/** Our metric for OF0xxx and OF1xxx ids (by the last three digits). */
		private @Nullable String metric(String framework, String metricId, ItemKind kind) {
			if (kind != ItemKind.VALUE && kind != ItemKind.METRIC_SCORE) {
				return null;
			}
			String id = metricId.toUpperCase(Locale.ROOT);
			TrustDataContext.Catalogue catalogue = context.catalogues().get(framework);
			String metricCode = "OF0" + id.substring(3);
			if (catalogue != null && catalogue.metrics().containsKey(metricCode)) {
				return metricCode;
			}
			if (catalogue == null || kind == ItemKind.VALUE || !catalogue.scoredItems().contains(id)) {
				issue(TrustDataColumn.METRIC_ID, metricId, ImportRule.UNKNOWN_METRIC_ID,
						"'" + metricId + "' is not in " + framework + ((kind == ItemKind.METRIC_SCORE)
								? " (neither the score of its metric " + metricCode + " nor a scored item)" : ""));
			}
			return null;
		}

		private @Nullable BigDecimal value(@Nullable ItemKind kind, @Nullable MetricSpecification metric) {
			String text = get(TrustDataColumn.VALUE);
			if (text == null) {
				issue(TrustDataColumn.VALUE, null, ImportRule.MISSING_VALUE, "The row has no value");
				return null;
			}
			BigDecimal value = number(TrustDataColumn.VALUE, text);
			if (value == null || kind == null) {
				return value;
			}
			if (kind == ItemKind.VALUE) {
				if (metric != null && ((metric.validMin() != null && value.compareTo(metric.validMin()) < 0)
						|| (metric.validMax() != null && value.compareTo(metric.validMax()) > 0))) {
					issue(TrustDataColumn.VALUE, text, ImportRule.OUT_OF_RANGE,
							"The value " + text + " of " + metric.code() + " is outside its valid range "
									+ plain(metric.validMin()) + " to " + plain(metric.validMax()));
				}
			}
			else if (!kind.allows(value)) {
				issue(TrustDataColumn.VALUE, text, ImportRule.OUT_OF_RANGE, "The value " + text + " of "
						+ get(TrustDataColumn.METRIC_ID) + ", " + kind.description() + ", is not " + kind.range());
			}
			return value;
		}

		private @Nullable BigDecimal optionalNumber(TrustDataColumn column) {
			String text = get(column);
			return (text != null) ? number(column, text) : null;
		}

		private @Nullable Integer rank() {
			BigDecimal rank = optionalNumber(TrustDataColumn.RANK);
			if (rank == null) {
				return null;
			}
			if (rank.signum() <= 0 || rank.stripTrailingZeros().scale() > 0
					|| rank.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
				issue(TrustDataColumn.RANK, get(TrustDataColumn.RANK), ImportRule.MALFORMED_NUMBER,
						"A rank is a whole number of at least 1");
				return null;
			}
			return rank.intValueExact();
		}

		private @Nullable BigDecimal number(TrustDataColumn column, String text) {
			if (!NUMBER.matcher(text).matches()) {
				issue(column, text, ImportRule.MALFORMED_NUMBER, "'" + text + "' in " + column.header()
						+ " is not a number; write digits with a dot for decimals, without thousands separators, units or %");
				return null;
			}
			return new BigDecimal(text);
		}

		private @Nullable String get(TrustDataColumn column) {
			Integer index = columns.get(column);
			if (index == null || index >= cells.size()) {
				return null;
			}
			String cell = cells.get(index).strip();
			return cell.isEmpty() ? null : cell;
		}

		private void issue(TrustDataColumn column, @Nullable String value, ImportRule rule, String message) {
			broken = true;
			TrustDataParser.this.issue(rowNumber, column, value, rule, message);
		}

	}

	private static String plain(@Nullable BigDecimal bound) {
		return (bound != null) ? bound.toPlainString() : "unbounded";
	}

}
