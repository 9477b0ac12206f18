/**
 * GraphQL controllers of league tables (schema: {@code graphql/leaguetable.graphqls}).
 */
@NullMarked
package uk.nhs.leaguetables.leaguetable.graphql;

import org.jspecify.annotations.NullMarked;
