package uk.nhs.leaguetables.leaguetable.export;

import org.jspecify.annotations.Nullable;

/**
 * The columns that open every line of both layouts: who the line is about. The trust type
 * is the database literal (e.g. {@code MENTAL_HEALTH}); {@link NhsEnglandLabels} spells
 * it as NHS England does.
 */
record TrustColumns(@Nullable String region, @Nullable String trustType, @Nullable String trustSubtype, String code,
		String name) {
}
