package uk.nhs.leaguetables.submission;

import java.util.List;

import uk.nhs.leaguetables.submission.domain.RawRow;
import uk.nhs.leaguetables.submission.domain.SubmissionColumn;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;

/**
 * Receives a submission's content as it is read, so that no file is ever held in memory
 * whole.
 */
interface RowSink {

	/** The header row, mapped to the format's columns; called once, before any row. */
	void header(List<SubmissionColumn> columns, List<ValidationIssue> headerIssues);

	void row(RawRow row);

}
