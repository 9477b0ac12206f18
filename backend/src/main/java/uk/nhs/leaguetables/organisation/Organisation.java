package uk.nhs.leaguetables.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An NHS trust or ICB as the registry knows it, with its region and ICB already named.
 */
public record Organisation(String code, String name, OrganisationKind kind, @Nullable TrustType trustType,
		@Nullable String trustSubtype, @Nullable League league, @Nullable Region region, @Nullable Icb icb,
		@Nullable String postcode, @Nullable LocalDate openDate, @Nullable LocalDate closeDate,
		@Nullable String successorCode) {

	/** An NHS England region. */
	public record Region(String code, String name) {
	}

	/** The integrated care board a trust belongs to. */
	public record Icb(String code, String name) {
	}

}
