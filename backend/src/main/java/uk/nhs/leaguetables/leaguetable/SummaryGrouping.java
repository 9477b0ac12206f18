package uk.nhs.leaguetables.leaguetable;

/** How a league summary groups organisations. */
public enum SummaryGrouping {

	/** By NHS England region. */
	REGION,

	/** By integrated care board. */
	ICB

}
