package uk.nhs.leaguetables.nhsedata;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.submission.SubmissionFormat;

/**
 * One revision of NHS England's published trust data for one quarter and league, as
 * imported: which file, who imported it and when, and the submission that took its raw
 * values.
 *
 * @param id the publication's number
 * @param periodCode the quarter, e.g. 2025/26 Q1
 * @param league the league
 * @param revision 1 for the first import of the quarter and league, then 2, 3 ...
 * @param frameworkCode the framework version of the quarter
 * @param submissionId the submission of its raw values and published scores, if it had
 * any
 * @param fileName the imported file's name
 * @param fileSha256 the imported file's SHA-256
 * @param fileFormat CSV or XLSX
 * @param rowCount how many of the file's rows it holds (the quarter's rows)
 * @param importedBy who imported it
 * @param importedAt when
 * @param alreadyLoaded whether this import found the very same file already imported for
 * the quarter and league, and so stored nothing new
 */
public record ReferencePublication(long id, String periodCode, League league, int revision, String frameworkCode,
		@Nullable Long submissionId, String fileName, String fileSha256, SubmissionFormat fileFormat, int rowCount,
		String importedBy, OffsetDateTime importedAt, boolean alreadyLoaded) {

	ReferencePublication asAlreadyLoaded() {
		return new ReferencePublication(id, periodCode, league, revision, frameworkCode, submissionId, fileName,
				fileSha256, fileFormat, rowCount, importedBy, importedAt, true);
	}

}
