package uk.nhs.leaguetables.audit.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.platform.export.SpreadsheetSafeText;

/**
 * Writes the filtered audit log as CSV, every text cell made safe from spreadsheet
 * formula injection.
 */
final class AuditCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("id", "occurred_at", "actor", "action", "entity_type", "entity_id", "period", "league",
				"organisation", "reason", "after_state", "previous_hash", "hash")
		.get();

	private AuditCsv() {
	}

	static void write(AuditPages entries, OutputStream out) throws IOException {
		CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT);
		try {
			entries.forEach((event) -> print(printer, event));
		}
		catch (java.io.UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
	}

	private static void print(CSVPrinter printer, AuditEvent event) {
		try {
			printer.printRecord(event.id(), event.occurredAt(), SpreadsheetSafeText.of(event.actor()), event.action(),
					SpreadsheetSafeText.of(event.entityType()), SpreadsheetSafeText.of(event.entityId()),
					SpreadsheetSafeText.of(event.periodCode()), SpreadsheetSafeText.of(event.league()),
					SpreadsheetSafeText.of(event.organisationCode()), SpreadsheetSafeText.of(event.reason()),
					SpreadsheetSafeText.of(event.afterState()), event.previousHash(), event.hash());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
