package uk.nhs.leaguetables.organisation;

/** The peer group a league table ranks (methodology section 1). */
public enum League {

	ACUTE, NON_ACUTE, AMBULANCE, ICB;

	/** The leagues of NHS trusts, as against integrated care boards. */
	public boolean isTrustLeague() {
		return this != ICB;
	}

}
