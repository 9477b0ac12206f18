package uk.nhs.leaguetables.publication.domain;

/** The steps of the life cycle. */
public enum PeriodAction {

	LOCK_DATA, CALCULATE, APPROVE, PUBLISH, REOPEN

}
