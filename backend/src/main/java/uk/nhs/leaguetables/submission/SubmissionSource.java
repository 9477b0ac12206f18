package uk.nhs.leaguetables.submission;

/**
 * Who sent a submission: a person uploading in the console, a trust's system through the
 * API, or the demo loader.
 */
public enum SubmissionSource {

	UPLOAD, API, DEMO

}
