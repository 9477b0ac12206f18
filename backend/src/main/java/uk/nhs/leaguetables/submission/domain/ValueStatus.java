package uk.nhs.leaguetables.submission.domain;

/** Whether a row carries a value, or says why not (methodology section 2). */
public enum ValueStatus {

	VALUE, NOT_APPLICABLE, NOT_SUBMITTED

}
