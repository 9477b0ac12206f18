package uk.nhs.leaguetables.leaguetable;

/** An organisation in a quarter: the key of its published result. */
public record OrganisationPeriod(String organisationCode, String periodCode) {
}
