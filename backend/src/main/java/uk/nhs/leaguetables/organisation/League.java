package uk.nhs.leaguetables.organisation;

/** The peer group a league table ranks (methodology section 1). */
public enum League {

	ACUTE, NON_ACUTE, AMBULANCE, ICB

}
