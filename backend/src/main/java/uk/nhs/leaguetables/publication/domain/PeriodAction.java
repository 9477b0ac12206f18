package uk.nhs.leaguetables.publication.domain;

/** The steps of the life cycle. */
public enum PeriodAction {

	LOCK_DATA, CALCULATE, APPROVE, PUBLISH, REOPEN,

	/**
	 * A segment decision changed while a draft waited for approval: the draft no longer
	 * shows what would be published, so it is discarded and the table goes back to locked
	 * data, to be recalculated.
	 */
	RECORD_SEGMENT_DECISION

}
