package uk.nhs.leaguetables.submission;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A submission as stored: who sent what file for which period, its checksum, its
 * validation counts and its decision. {@code organisationCode} is the organisation whose
 * account made it (null for a national submission): who may see it.
 */
public record Submission(long id, String periodCode, SubmissionSource source, SubmissionFormat format,
		@Nullable String fileName, String checksumSha256, String uploadedBy, @Nullable String organisationCode,
		OffsetDateTime uploadedAt, int rowCount, int errorCount, int warningCount, SubmissionStatus status,
		@Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String decisionReason,
		@Nullable String correctionReason) {
}
