/**
 * GraphQL controllers for trusts, ICBs and regions (schema:
 * {@code graphql/organisation.graphqls}).
 */
@NullMarked
package uk.nhs.leaguetables.organisation.graphql;

import org.jspecify.annotations.NullMarked;
