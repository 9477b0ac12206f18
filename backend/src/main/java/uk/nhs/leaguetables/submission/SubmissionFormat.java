package uk.nhs.leaguetables.submission;

/** How a submission arrives: a CSV or XLSX file, or rows in an API request. */
public enum SubmissionFormat {

	CSV, XLSX, ROWS

}
