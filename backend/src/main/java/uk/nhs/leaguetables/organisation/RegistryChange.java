package uk.nhs.leaguetables.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator may change about an organisation in the registry: its name,
 * postcode, region and ICB, and its closure with the successor that took over its
 * services. Its code, kind and type (hence its league) come from ODS and stay as they
 * are.
 */
public record RegistryChange(String name, @Nullable String postcode, @Nullable String regionCode,
		@Nullable String icbCode, @Nullable LocalDate closeDate, @Nullable String successorCode) {

	public static RegistryChange of(Organisation organisation) {
		return new RegistryChange(organisation.name(), organisation.postcode(),
				(organisation.region() != null) ? organisation.region().code() : null,
				(organisation.icb() != null) ? organisation.icb().code() : null, organisation.closeDate(),
				organisation.successorCode());
	}

	String json() {
		return "{\"name\": %s, \"postcode\": %s, \"region\": %s, \"icb\": %s, \"closeDate\": %s, \"successor\": %s}"
			.formatted(quoted(name), quoted(postcode), quoted(regionCode), quoted(icbCode),
					quoted((closeDate != null) ? closeDate.toString() : null), quoted(successorCode));
	}

	private static String quoted(@Nullable String text) {
		return (text == null) ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
