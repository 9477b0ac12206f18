package uk.nhs.leaguetables.submission;

/**
 * Who sent a submission: a person uploading in the console, a trust's system through the
 * API, the demo loader, or an import of NHS England's published trust data.
 */
public enum SubmissionSource {

	UPLOAD, API, DEMO, NHS_ENGLAND

}
