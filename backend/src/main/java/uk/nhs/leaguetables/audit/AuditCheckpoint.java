package uk.nhs.leaguetables.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The audit chain's head at one moment, MACed with an audit key: recorded at each
 * publication and whenever an auditor exports one. Kept outside the database (as its
 * {@link #document() document}), it shows later whether the log still holds that head
 * unchanged, even if the database and its seals were rewritten.
 *
 * @param id its number
 * @param headEventId the last entry of the log at that moment
 * @param headHash that entry's hash
 * @param firstKeyedEventId the first entry that had to be sealed
 * @param createdAt when (to the microsecond)
 * @param createdBy who asked for it
 * @param keyId the key of its MAC
 * @param mac HMAC-SHA256 over key id, head, first keyed entry and time, hex
 * @param publicationId the publication whose approval it anchors, or null
 * @param note why it was made, where someone said
 */
public record AuditCheckpoint(long id, long headEventId, String headHash, long firstKeyedEventId, Instant createdAt,
		String createdBy, String keyId, String mac, @Nullable Long publicationId, @Nullable String note) {

	private static final String FORMAT = "nhs-league-tables-audit-checkpoint/1";

	/**
	 * The checkpoint as a small text file for auditors to keep, which the offline
	 * verifier reads ({@code --checkpoint=}).
	 */
	public String document() {
		StringBuilder text = new StringBuilder()
			.append("# NHS League Tables audit checkpoint. Keep it apart from the service; verify the audit log\n")
			.append("# against it offline with: java -jar nhs-league-tables.jar --verify-audit-export=audit-log.csv ")
			.append("--checkpoint=<this file> [--audit-key-file=audit-keys]\n")
			.append("format: ")
			.append(FORMAT)
			.append('\n')
			.append("checkpoint: ")
			.append(id)
			.append('\n')
			.append("head-entry: ")
			.append(headEventId)
			.append('\n')
			.append("head-hash: ")
			.append(headHash)
			.append('\n')
			.append("first-keyed-entry: ")
			.append(firstKeyedEventId)
			.append('\n')
			.append("created-at: ")
			.append(AuditKeys.TIME.format(createdAt))
			.append('\n')
			.append("created-by: ")
			.append(oneLine(createdBy))
			.append('\n');
		if (publicationId != null) {
			text.append("publication: ").append(publicationId).append('\n');
		}
		if (note != null) {
			text.append("note: ").append(oneLine(note)).append('\n');
		}
		return text.append("key-id: ").append(keyId).append('\n').append("mac: ").append(mac).append('\n').toString();
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]+", " ");
	}

	/**
	 * Reads a {@link #document() checkpoint document}; the problem named if it is not
	 * one.
	 */
	public static AuditCheckpoint parse(String document) {
		Map<String, String> fields = new LinkedHashMap<>();
		document.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.forEach((line) -> {
				int colon = line.indexOf(':');
				if (colon <= 0) {
					throw new IllegalArgumentException("Not a checkpoint line (expected 'name: value'): " + line);
				}
				fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			});
		if (!FORMAT.equals(fields.get("format"))) {
			throw new IllegalArgumentException("Not an audit checkpoint: 'format' must be " + FORMAT);
		}
		return new AuditCheckpoint(number(fields, "checkpoint"), number(fields, "head-entry"),
				required(fields, "head-hash"), number(fields, "first-keyed-entry"), instant(fields, "created-at"),
				required(fields, "created-by"), required(fields, "key-id"), required(fields, "mac"),
				fields.containsKey("publication") ? number(fields, "publication") : null, fields.get("note"));
	}

	private static String required(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("The checkpoint has no '" + name + "'");
		}
		return value;
	}

	private static long number(Map<String, String> fields, String name) {
		try {
			return Long.parseLong(required(fields, name));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("The checkpoint's '" + name + "' is not a whole number", ex);
		}
	}

	private static Instant instant(Map<String, String> fields, String name) {
		try {
			return Instant.parse(required(fields, name));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("The checkpoint's '" + name + "' is not an ISO 8601 instant", ex);
		}
	}

	/** Where this checkpoint came from, for reports. */
	String describe() {
		return "Checkpoint " + id + ((publicationId != null) ? " (publication " + publicationId + ")"
				: " (exported by " + createdBy + " at " + AuditKeys.TIME.format(createdAt) + ")");
	}

}
