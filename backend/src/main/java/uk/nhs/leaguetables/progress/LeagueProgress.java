package uk.nhs.leaguetables.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.leaguetable.DraftTable;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

/**
 * One league's table of one quarter: its status, how complete its data is, and its draft.
 *
 * @param periodCode the quarter
 * @param startDate the first day of the quarter
 * @param endDate the last day of the quarter
 * @param league the league
 * @param status where the table stands
 * @param statusChangedAt when the status last changed
 * @param statusChangedBy who changed it, or null for the initial status
 * @param organisations how many organisations of the league existed during the quarter
 * @param organisationsWithAcceptedData how many of them have accepted values
 * @param submissionsWaiting submissions of the quarter validated but neither accepted nor
 * rejected
 * @param latestRevision the latest published revision, or null when never published
 * @param draft the calculated draft waiting for approval, or null
 */
public record LeagueProgress(String periodCode, LocalDate startDate, LocalDate endDate, League league,
		PeriodStatus status, OffsetDateTime statusChangedAt, @Nullable String statusChangedBy, int organisations,
		int organisationsWithAcceptedData, int submissionsWaiting, @Nullable Integer latestRevision,
		@Nullable DraftTable draft) {

	/** Organisations of the league without any accepted value for the quarter. */
	public int organisationsWithoutData() {
		return organisations - organisationsWithAcceptedData;
	}

	/** Whether anything happened to the quarter yet: data, submissions or a step. */
	boolean started() {
		return status != PeriodStatus.OPEN || organisationsWithAcceptedData > 0 || submissionsWaiting > 0;
	}

}
