package uk.nhs.leaguetables.leaguetable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import uk.nhs.leaguetables.framework.CompositeItem;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.leaguetable.LeagueTableRepository;
import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.organisation.League;

import static uk.nhs.leaguetables.leaguetable.export.ExportCell.number;
import static uk.nhs.leaguetables.leaguetable.export.ExportCell.text;

/**
 * Finds a published revision of a league table and writes it in one of NHS England's
 * layouts. Only publications are read, never draft calculations.
 */
@Service
class LeagueTableExports {

	private final LeagueTableRepository tables;

	private final LeagueTableExportRepository lines;

	private final FrameworkRepository frameworks;

	LeagueTableExports(LeagueTableRepository tables, LeagueTableExportRepository lines,
			FrameworkRepository frameworks) {
		this.tables = tables;
		this.lines = lines;
		this.frameworks = frameworks;
	}

	/**
	 * The given revision, or the latest when none is given.
	 * @throws BadExportRequestException when the revision is not a positive number
	 * @throws ExportNotFoundException when that table or revision has not been published
	 */
	PublishedTable published(ExportPeriod period, League league, @Nullable Integer revision) {
		if (revision != null && revision < 1) {
			throw new BadExportRequestException("The revision must be 1 or more, not " + revision);
		}
		return this.tables.published(period.code(), league, revision)
			.orElseThrow(() -> new ExportNotFoundException(
					((revision != null) ? "Revision " + revision + " of the " : "The ") + league + " league table of "
							+ period.code() + " has not been published"));
	}

	/** Writes the header row and every line of the table in the layout and format. */
	void write(PublishedTable table, ExportPeriod period, ExportLayout layout, ExportFormat format, OutputStream out)
			throws IOException {
		String quarter = period.nhsEnglandQuarter();
		SheetWriter sheet = format.open(out, layout.sheetName());
		sheet.row(layout.columns().stream().map(ExportCell::text).toList());
		switch (layout) {
			case LEAGUE_TABLE ->
				this.lines.leagueTable(table.calculationId(), (line) -> write(sheet, leagueTableCells(quarter, line)));
			case TRUST_DATA -> {
				Map<String, CompositeItem> composites = this.frameworks.compositeItems(table.frameworkVersion())
					.stream()
					.collect(Collectors.toMap(CompositeItem::code, Function.identity()));
				this.lines.trustData(table.calculationId(), table.frameworkVersion(),
						(organisation) -> TrustDataLines.of(organisation, composites, period)
							.forEach((line) -> write(sheet, trustDataCells(quarter, organisation.trust(), line))));
			}
		}
		sheet.finish();
	}

	private static List<ExportCell> leagueTableCells(String quarter, LeagueTableLine line) {
		return concat(trustCells(quarter, line.trust()),
				List.of(number(line.averageScore()), text(range(line.likelyScoreLow(), line.likelyScoreHigh())),
						number(line.segment()), text(yesNo(line.inDeficit())), number(line.rank()),
						text(range(line.likelyRankBest(), line.likelyRankWorst())), text(yesNo(line.recoverySupport())),
						number(line.supportSegment()), number(line.cutOff1()), number(line.cutOff2()),
						number(line.cutOff3())));
	}

	private static List<ExportCell> trustDataCells(String quarter, TrustColumns trust, TrustDataLine line) {
		return concat(trustCells(quarter, trust),
				List.of(text(line.domain()), text(line.subDomain()), text(line.metricId()), text(line.description()),
						text(line.reportingDate()), text(line.units()),
						(line.value() != null) ? number(line.value()) : text(line.category()), number(line.median()),
						number(line.lowerQuartile()), number(line.upperQuartile()), number(line.rank())));
	}

	private static String yesNo(boolean flag) {
		return flag ? "Yes" : "No";
	}

	private static List<ExportCell> trustCells(String quarter, TrustColumns trust) {
		return List.of(text(quarter), text(trust.region()), text(NhsEnglandLabels.trustType(trust.trustType())),
				text(trust.trustSubtype()), text(trust.code()), text(trust.name()));
	}

	private static List<ExportCell> concat(List<ExportCell> first, List<ExportCell> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	/**
	 * A likely range as {@code 2.10 - 2.45} (scores keep their two decimals) or
	 * {@code 3 - 12}; empty without both ends.
	 */
	private static @Nullable String range(@Nullable Object low, @Nullable Object high) {
		if (low == null || high == null) {
			return null;
		}
		return low + " - " + high;
	}

	private static void write(SheetWriter sheet, List<ExportCell> cells) {
		try {
			sheet.row(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
