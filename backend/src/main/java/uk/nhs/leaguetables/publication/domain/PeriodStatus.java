package uk.nhs.leaguetables.publication.domain;

/** Where a period's league table stands. */
public enum PeriodStatus {

	/** Collecting submissions. */
	OPEN,

	/** Data complete and locked; no submission is accepted any more. */
	DATA_LOCKED,

	/** A draft table is computed and waiting for approval. */
	CALCULATED,

	/** A second person approved the draft. */
	APPROVED,

	/** The table is public; changes only through a correction revision. */
	PUBLISHED

}
