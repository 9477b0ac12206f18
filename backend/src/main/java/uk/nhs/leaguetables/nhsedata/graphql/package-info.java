/**
 * The GraphQL API of the NHS England trust data import and of the reference publications
 * it stores.
 */
@NullMarked
package uk.nhs.leaguetables.nhsedata.graphql;

import org.jspecify.annotations.NullMarked;
