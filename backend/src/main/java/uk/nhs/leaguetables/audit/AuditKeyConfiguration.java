package uk.nhs.leaguetables.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import uk.nhs.leaguetables.platform.database.EmbeddedDataDirectory;

/**
 * Loads the audit keys at start-up, and refuses to start without one when the service
 * uses a database of its own: a key generated on a server nobody backs up would leave
 * every seal unverifiable once it is lost. On the embedded database a key is generated
 * once into a file beside the data directory (readable by its owner only).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditKeyProperties.class)
class AuditKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuditKeyConfiguration.class);

	static final String KEY_FILE_NAME = "audit-keys";

	@Bean
	AuditKeys auditKeys(AuditKeyProperties properties, Environment environment) {
		Path keyFile = (properties.keyFile() == null && properties.keys().isEmpty())
				? embeddedDefaultKeyFile(environment) : properties.keyFile();
		if (keyFile == null && properties.keys().isEmpty()) {
			throw new IllegalStateException("No audit key is configured. Set league-tables.audit.key-file "
					+ "(LEAGUE_TABLES_AUDIT_KEY_FILE; a missing file is created with a random key) or "
					+ "league-tables.audit.keys.<id> (e.g. LEAGUE_TABLES_AUDIT_KEYS_K2026) to the Base64 of 32 random "
					+ "bytes; keep the key out of the database and back it up");
		}
		Map<String, byte[]> keys = new LinkedHashMap<>();
		List<String> fileKeyIds = new ArrayList<>();
		if (keyFile != null) {
			ensureExists(keyFile);
			warnIfOthersCanRead(keyFile);
			AuditKeys.readKeyFile(keyFile).forEach((id, secret) -> {
				keys.put(id, secret);
				fileKeyIds.add(id);
			});
		}
		properties.keys().forEach((id, base64) -> {
			if (keys.put(id, AuditKeys.decode(id, base64)) != null) {
				throw new IllegalStateException("Audit key '" + id + "' is configured both in league-tables.audit.keys "
						+ "and in the key file " + keyFile);
			}
		});
		String current = currentKey(properties, keys, fileKeyIds);
		AuditKeys auditKeys = new AuditKeys(keys, current);
		log.info("Audit entries are sealed with key '{}' ({} keys known{})", current, keys.size(),
				(keyFile != null) ? ", key file " + keyFile : "");
		return auditKeys;
	}

	private static String currentKey(AuditKeyProperties properties, Map<String, byte[]> keys, List<String> fileKeyIds) {
		if (StringUtils.hasText(properties.currentKey())) {
			return properties.currentKey();
		}
		if (keys.size() == 1) {
			return keys.keySet().iterator().next();
		}
		if (keys.size() == fileKeyIds.size() && !fileKeyIds.isEmpty()) {
			return fileKeyIds.getLast();
		}
		throw new IllegalStateException("Several audit keys are configured " + keys.keySet()
				+ ": set league-tables.audit.current-key to the one that seals new entries");
	}

	/** Beside the embedded PostgreSQL's data directory, when the service runs on it. */
	private static @Nullable Path embeddedDefaultKeyFile(Environment environment) {
		Path dataDirectory = EmbeddedDataDirectory.of(environment);
		if (dataDirectory == null) {
			return null;
		}
		Path parent = dataDirectory.toAbsolutePath().getParent();
		return ((parent != null) ? parent : dataDirectory).resolve(KEY_FILE_NAME);
	}

	private static void warnIfOthersCanRead(Path keyFile) {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
			if (permissions.stream().anyMatch((permission) -> !permission.name().startsWith("OWNER_"))) {
				log.warn("The audit key file {} is open to others ({}): whoever reads it can forge the audit log's "
						+ "seals; chmod 600 it", keyFile, PosixFilePermissions.toString(permissions));
			}
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.debug("Cannot read the permissions of {}", keyFile, ex);
		}
	}

	/** Creates a missing key file with one random key, readable by its owner only. */
	static void ensureExists(Path keyFile) {
		if (Files.exists(keyFile)) {
			return;
		}
		byte[] secret = new byte[AuditKeys.MIN_KEY_BYTES];
		new SecureRandom().nextBytes(secret);
		String id = "k" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");
		String content = "# NHS League Tables audit keys (id=Base64 secret). Keep a copy somewhere safe, apart from\n"
				+ "# the database: without it the audit log's seals cannot be verified. To rotate, append a new line;\n"
				+ "# the last key seals new entries and the earlier ones keep verifying what they sealed.\n" + id + "="
				+ Base64.getEncoder().encodeToString(secret) + "\n";
		try {
			Path parent = keyFile.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.createFile(keyFile,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(keyFile, content, StandardCharsets.UTF_8);
		}
		catch (UnsupportedOperationException ex) {
			throw new IllegalStateException("Cannot create the audit key file " + keyFile
					+ " readable by its owner only on this file system; create it yourself", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the audit key file " + keyFile, ex);
		}
		log.warn("Generated a new audit key '{}' in {} (readable by you only). Back it up apart from the database: "
				+ "without it the audit log's seals cannot be verified.", id, keyFile);
	}

}
