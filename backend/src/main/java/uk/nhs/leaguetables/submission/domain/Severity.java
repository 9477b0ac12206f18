package uk.nhs.leaguetables.submission.domain;

/**
 * Errors block acceptance; warnings need an explicit acknowledgement before acceptance.
 */
public enum Severity {

	ERROR, WARNING

}
