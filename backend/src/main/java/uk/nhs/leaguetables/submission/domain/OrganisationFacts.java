package uk.nhs.leaguetables.submission.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/** What the validation needs to know of an organisation named in a row. */
public record OrganisationFacts(String code, @Nullable League league, @Nullable LocalDate openDate,
		@Nullable LocalDate closeDate) {

	/** Whether the organisation existed for at least part of the period. */
	public boolean openDuring(LocalDate periodStart, LocalDate periodEnd) {
		return (openDate == null || !openDate.isAfter(periodEnd))
				&& (closeDate == null || !closeDate.isBefore(periodStart));
	}

}
