/**
 * GraphQL queries for auditors (schema: {@code graphql/audit.graphqls}).
 */
@NullMarked
package uk.nhs.leaguetables.audit.graphql;

import org.jspecify.annotations.NullMarked;
