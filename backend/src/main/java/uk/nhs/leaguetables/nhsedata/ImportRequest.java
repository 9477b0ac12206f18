package uk.nhs.leaguetables.nhsedata;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.submission.SubmissionFormat;

/**
 * An NHS England trust data file to import; who imports it is the signed-in user.
 *
 * @param fileName the file's name, recorded with the reference publication and the
 * submissions
 * @param format CSV or XLSX
 * @param league the league of the file's trusts (NHS England publishes one file per trust
 * type)
 * @param periodCode the quarter to import, e.g. {@code 2025/26 Q1}: every row must be for
 * it; null to import every quarter of the file (one submission and one reference
 * publication per quarter)
 * @param correctionReason why the file's values replace values already accepted for its
 * quarters; null when they replace none
 */
public record ImportRequest(String fileName, SubmissionFormat format, League league, @Nullable String periodCode,
		@Nullable String correctionReason) {
}
