package uk.nhs.leaguetables.organisation;

/** Whether an organisation is a provider trust or an integrated care board. */
public enum OrganisationKind {

	TRUST, ICB

}
