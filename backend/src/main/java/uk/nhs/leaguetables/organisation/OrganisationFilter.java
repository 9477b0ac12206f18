package uk.nhs.leaguetables.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Which organisations a query wants; every criterion is optional and they combine with
 * AND.
 *
 * @param kind trusts or ICBs
 * @param league the league
 * @param trustType the trust type
 * @param regionCode the NHS England region code (e.g. {@code Y56})
 * @param icbCode the ICB code (e.g. {@code QKK})
 * @param search a case-insensitive part of the name, or the start of the code
 * @param includeClosed whether closed organisations are included
 */
public record OrganisationFilter(@Nullable OrganisationKind kind, @Nullable League league,
		@Nullable TrustType trustType, @Nullable String regionCode, @Nullable String icbCode, @Nullable String search,
		boolean includeClosed) {

	public static OrganisationFilter trusts() {
		return new OrganisationFilter(OrganisationKind.TRUST, null, null, null, null, null, false);
	}

}
