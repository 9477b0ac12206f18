package uk.nhs.leaguetables.submission.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import uk.nhs.leaguetables.organisation.League;

/**
 * An NHS trust that belongs to a league, from the organisation registry's reference file
 * ({@code db/seed/reference/nhs_trusts_reference_merged_2026.csv}).
 */
record DemoTrust(String code, String type, String subtype, League league, LocalDate openDate) {

	static final String REFERENCE_FILE = "nhs_trusts_reference_merged_2026.csv";

	/** The trusts in a league, by code; Welsh and not yet open trusts are in none. */
	static List<DemoTrust> readLeagueTrusts(Path referenceSeedDir) {
		return DemoCsv.read(referenceSeedDir.resolve(REFERENCE_FILE))
			.stream()
			.flatMap((row) -> trust(row).stream())
			.sorted(Comparator.comparing(DemoTrust::code))
			.toList();
	}

	private static Optional<DemoTrust> trust(CSVRecord row) {
		String type = row.get("trust_type");
		return league(type).map((league) -> new DemoTrust(row.get("org_code"), type, row.get("trust_subtype"), league,
				LocalDate.parse(row.get("open_date"), DateTimeFormatter.BASIC_ISO_DATE)));
	}

	/**
	 * Whether the trust existed by the end of the period (a merged trust has no rows
	 * before it opened).
	 */
	boolean openBy(DemoPeriod period) {
		return !openDate.isAfter(period.months().getLast().atEndOfMonth());
	}

	/** The same mapping as the registry's loader (see {@code db/seed/SOURCES.md}). */
	private static Optional<League> league(String trustType) {
		return switch (trustType) {
			case "acute" -> Optional.of(League.ACUTE);
			case "mental health", "community" -> Optional.of(League.NON_ACUTE);
			case "ambulance" -> Optional.of(League.AMBULANCE);
			default -> Optional.empty();
		};
	}

}
