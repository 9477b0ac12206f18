/**
 * GraphQL queries of framework versions, metrics, reporting periods and segments (schema:
 * {@code graphql/framework.graphqls}).
 */
@NullMarked
package uk.nhs.leaguetables.framework.graphql;

import org.jspecify.annotations.NullMarked;
