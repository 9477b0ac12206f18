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
 * @param segment only organisations in this segment of a quarter's latest published table
 */
public record OrganisationFilter(@Nullable OrganisationKind kind, @Nullable League league,
		@Nullable TrustType trustType, @Nullable String regionCode, @Nullable String icbCode, @Nullable String search,
		boolean includeClosed, @Nullable SegmentInPeriod segment) {

	public OrganisationFilter(@Nullable OrganisationKind kind, @Nullable League league, @Nullable TrustType trustType,
			@Nullable String regionCode, @Nullable String icbCode, @Nullable String search, boolean includeClosed) {
		this(kind, league, trustType, regionCode, icbCode, search, includeClosed, null);
	}

	public static OrganisationFilter trusts() {
		return new OrganisationFilter(OrganisationKind.TRUST, null, null, null, null, null, false);
	}

	/**
	 * A segment (1 to 5) of the latest published table of a quarter.
	 *
	 * @throws IllegalArgumentException when the segment is not 1 to 5
	 */
	public record SegmentInPeriod(int segment, String periodCode) {

		public SegmentInPeriod {
			if (segment < 1 || segment > 5) {
				throw new IllegalArgumentException("segment must be 1 to 5, not " + segment);
			}
		}

	}

}
