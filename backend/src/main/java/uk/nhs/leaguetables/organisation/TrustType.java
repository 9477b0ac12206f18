package uk.nhs.leaguetables.organisation;

/**
 * The type of an NHS trust, which decides its league. Welsh trusts and unclassified new
 * trusts are in none.
 */
public enum TrustType {

	ACUTE, MENTAL_HEALTH, COMMUNITY, AMBULANCE, WALES, OTHER

}
