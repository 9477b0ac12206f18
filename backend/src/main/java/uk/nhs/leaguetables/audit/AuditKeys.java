package uk.nhs.leaguetables.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The HMAC-SHA256 keys that seal audit entries and checkpoints, each with its id. They
 * live outside the database (configuration or a key file), so that someone who can write
 * the database cannot forge a seal. The current key seals new entries; the others verify
 * what older keys sealed, which is how keys are rotated.
 */
public final class AuditKeys {

	/** Lower case, because environment variables bind map keys in lower case. */
	static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

	/** HMAC-SHA256 keys shorter than its output add no strength and suggest a typo. */
	static final int MIN_KEY_BYTES = 32;

	/**
	 * The time format of checkpoints: UTC, to the microsecond, as PostgreSQL stores it.
	 */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Map<String, byte[]> keys;

	private final String currentKeyId;

	/**
	 * @param keys each key's id and its secret bytes
	 * @param currentKeyId the key that seals new entries; one of {@code keys}
	 */
	public AuditKeys(Map<String, byte[]> keys, String currentKeyId) {
		keys.forEach((id, secret) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("Audit key id '" + id
						+ "' is not allowed: use 1 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
			}
			if (secret.length < MIN_KEY_BYTES) {
				throw new IllegalArgumentException("Audit key '" + id + "' has " + secret.length
						+ " bytes; an audit key must have at least " + MIN_KEY_BYTES + " (Base64 of 32 random bytes)");
			}
		});
		if (!keys.containsKey(currentKeyId)) {
			throw new IllegalArgumentException(
					"The current audit key '" + currentKeyId + "' is not among the configured keys " + keys.keySet());
		}
		this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
		this.currentKeyId = currentKeyId;
	}

	/**
	 * Reads a key file: one key a line as {@code id=Base64 secret}, blank lines and lines
	 * starting with {@code #} ignored. To rotate, append a line: unless configured
	 * otherwise, the last key is the current one.
	 */
	public static Map<String, byte[]> readKeyFile(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot read the audit key file " + file + ": " + ex.getMessage(), ex);
		}
		Map<String, byte[]> keys = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("Audit key file " + file + ", line " + (i + 1)
						+ ": expected 'id=Base64 secret', e.g. 'k2026=" + "A".repeat(43) + "='");
			}
			String id = line.substring(0, equals).strip();
			if (keys.put(id, decode(id, line.substring(equals + 1).strip())) != null) {
				throw new IllegalArgumentException(
						"Audit key file " + file + ", line " + (i + 1) + ": key id '" + id + "' appears twice");
			}
		}
		return keys;
	}

	/** The secret of a key as configured: Base64 (standard or URL-safe). */
	static byte[] decode(String keyId, String base64) {
		try {
			return base64.contains("-") || base64.contains("_") ? Base64.getUrlDecoder().decode(base64)
					: Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Audit key '" + keyId + "' is not Base64: " + ex.getMessage(), ex);
		}
	}

	public String currentKeyId() {
		return currentKeyId;
	}

	public Set<String> keyIds() {
		return keys.keySet();
	}

	public boolean knows(String keyId) {
		return keys.containsKey(keyId);
	}

	/**
	 * The seal of an audit entry: its hash already covers its content and, through the
	 * chain, every entry before it.
	 */
	public String sealMac(String keyId, long eventId, String hash) {
		return mac(keyId, "audit-seal|v1|" + keyId + "|" + eventId + "|" + hash);
	}

	/**
	 * The MAC of a checkpoint: the chain head, where keying began (so that nobody can
	 * pass sealed entries off as older, unsealed ones) and when.
	 */
	public String checkpointMac(String keyId, long headEventId, String headHash, long firstKeyedEventId,
			Instant createdAt) {
		return mac(keyId, "audit-checkpoint|v1|" + keyId + "|" + headEventId + "|" + headHash + "|" + firstKeyedEventId
				+ "|" + TIME.format(createdAt));
	}

	private String mac(String keyId, String message) {
		byte @Nullable [] secret = keys.get(keyId);
		if (secret == null) {
			throw new IllegalArgumentException("Audit key '" + keyId + "' is not configured");
		}
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(hmac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
