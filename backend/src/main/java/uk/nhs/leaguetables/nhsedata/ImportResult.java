package uk.nhs.leaguetables.nhsedata;

import java.util.List;

import uk.nhs.leaguetables.submission.SubmissionReport;

/**
 * The outcome of an import: its report, and, when it succeeded, per quarter of the file
 * the submission of the raw values (VALIDATED, waiting for a preparer to accept it) and
 * the reference publication.
 */
public record ImportResult(ImportReport report, List<SubmissionReport> submissions,
		List<ReferencePublication> references) {

	public ImportResult {
		submissions = List.copyOf(submissions);
		references = List.copyOf(references);
	}

	static ImportResult failed(ImportReport report) {
		return new ImportResult(report, List.of(), List.of());
	}

}
