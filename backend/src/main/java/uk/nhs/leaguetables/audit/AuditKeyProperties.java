package uk.nhs.leaguetables.audit;

import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit keys come from: {@code keys} (id to Base64 secret, e.g. the environment
 * variable {@code LEAGUE_TABLES_AUDIT_KEYS_K2026=…}), a {@code key-file} (one
 * {@code id=Base64} a line; created with one random key when it does not exist), or both.
 * On the embedded database, with neither configured, the key file is {@code audit-keys}
 * beside the embedded data directory.
 *
 * @param keys keys by id
 * @param keyFile a file of keys
 * @param currentKey the id of the key that seals new entries; by default the only key, or
 * the last key of the key file
 */
@ConfigurationProperties("league-tables.audit")
record AuditKeyProperties(@Nullable Map<String, String> keys, @Nullable Path keyFile, @Nullable String currentKey) {

	AuditKeyProperties(@Nullable Map<String, String> keys, @Nullable Path keyFile, @Nullable String currentKey) {
		this.keys = (keys != null) ? keys : Map.of();
		this.keyFile = keyFile;
		this.currentKey = currentKey;
	}

}
