/**
 * GraphQL entry point of calculating a league table (schema:
 * {@code graphql/calculation.graphqls}).
 */
@NullMarked
package uk.nhs.leaguetables.calculation.graphql;

import org.jspecify.annotations.NullMarked;
