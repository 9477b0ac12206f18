package uk.nhs.leaguetables.platform.database;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

/** Reads the CSV seed files shipped in the {@code db} module under {@code db/seed/}. */
public final class SeedFiles {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private SeedFiles() {
	}

	/**
	 * @param path the file below {@code db/seed/}, e.g.
	 * {@code reference/nhs_england_region_lookup.csv}
	 */
	public static List<CSVRecord> read(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource("db/seed/" + path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSV.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file db/seed/" + path, ex);
		}
	}

	public static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
