/**
 * The administrators' GraphQL API: accounts and their roles.
 */
@NullMarked
package uk.nhs.leaguetables.security.graphql;

import org.jspecify.annotations.NullMarked;
