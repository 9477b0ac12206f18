/**
 * The registry of NHS organisations: regions, integrated care boards and trusts, the
 * league each belongs to, and the GraphQL queries over them.
 */
@NullMarked
package uk.nhs.leaguetables.organisation;

import org.jspecify.annotations.NullMarked;
