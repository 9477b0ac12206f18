package uk.nhs.leaguetables.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The whole audit log as CSV for offline verification: every entry in chain order with
 * every field of its hash exactly as stored (not made safe for spreadsheets, which would
 * change the text that was hashed; this file is for the verifier) and its seal.
 */
final class AuditLogCsv {

	static final List<String> HEADER = List.of("id", "occurred_at", "actor", "action", "entity_type", "entity_id",
			"period_code", "league", "organisation_code", "before_state", "after_state", "reason", "previous_hash",
			"hash", "seal_key_id", "seal_mac");

	private AuditLogCsv() {
	}

	/** Writes the entries that {@code source} feeds to the reader it is given. */
	static void write(java.util.function.Consumer<AuditLog.EntryReader> source, OutputStream out) throws IOException {
		CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
		try {
			source.accept((event, seal) -> {
				try {
					printer.printRecord(event.id(), AuditKeys.TIME.format(event.occurredAt()), event.actor(),
							event.action(), event.entityType(), event.entityId(), event.periodCode(), event.league(),
							event.organisationCode(), event.beforeState(), event.afterState(), event.reason(),
							event.previousHash(), event.hash(), (seal != null) ? seal.keyId() : null,
							(seal != null) ? seal.mac() : null);
					return true;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
	}

	/**
	 * Feeds every entry of an exported log to {@code reader}, until it returns false.
	 * @throws IllegalArgumentException naming the line and column of anything that is not
	 * an exported audit log
	 */
	static void read(Reader in, AuditLog.EntryReader reader) throws IOException {
		CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
		if (!parser.getHeaderNames().equals(HEADER)) {
			throw new IllegalArgumentException(
					"Not an exported audit log: the columns must be " + HEADER + ", not " + parser.getHeaderNames());
		}
		for (CSVRecord row : parser) {
			if (!reader.read(event(row), seal(row))) {
				return;
			}
		}
	}

	private static AuditEvent event(CSVRecord row) {
		long id;
		Instant occurredAt;
		try {
			id = Long.parseLong(row.get("id"));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(where(row, "id") + " is not a whole number", ex);
		}
		try {
			occurredAt = Instant.parse(row.get("occurred_at"));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(where(row, "occurred_at") + " is not an ISO 8601 instant", ex);
		}
		return new AuditEvent(id, occurredAt.atOffset(ZoneOffset.UTC), row.get("actor"), row.get("action"),
				optional(row, "entity_type"), optional(row, "entity_id"), optional(row, "period_code"),
				optional(row, "league"), optional(row, "organisation_code"), optional(row, "before_state"),
				optional(row, "after_state"), optional(row, "reason"), row.get("previous_hash"), row.get("hash"));
	}

	private static @Nullable AuditSeal seal(CSVRecord row) {
		String keyId = optional(row, "seal_key_id");
		String mac = optional(row, "seal_mac");
		if ((keyId == null) != (mac == null)) {
			throw new IllegalArgumentException(
					where(row, "seal_key_id") + " and seal_mac must both be given or both be empty");
		}
		return (keyId != null && mac != null) ? new AuditSeal(keyId, mac) : null;
	}

	/** Empty cells are missing values: the hash treats both alike. */
	private static @Nullable String optional(CSVRecord row, String column) {
		String value = row.get(column);
		return value.isEmpty() ? null : value;
	}

	private static String where(CSVRecord row, String column) {
		return "Record " + row.getRecordNumber() + " (after the header), column " + column;
	}

}
