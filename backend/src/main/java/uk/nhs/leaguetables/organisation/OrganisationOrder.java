package uk.nhs.leaguetables.organisation;

/**
 * How lists of organisations are ordered; each order is total (code breaks ties) so that
 * keyset paging is stable.
 */
public enum OrganisationOrder {

	NAME, CODE

}
