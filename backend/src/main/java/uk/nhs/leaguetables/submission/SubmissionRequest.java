package uk.nhs.leaguetables.submission;

import org.jspecify.annotations.Nullable;

/**
 * A submission to validate; who sends it is the signed-in user.
 *
 * @param periodCode the quarter the data is for, e.g. {@code 2025/26 Q1}
 * @param source who sends it
 * @param format how its content is encoded
 * @param fileName the uploaded file's name, if any
 * @param correctionReason why it replaces values already accepted for the period; null
 * for a first submission
 */
public record SubmissionRequest(String periodCode, SubmissionSource source, SubmissionFormat format,
		@Nullable String fileName, @Nullable String correctionReason) {
}
