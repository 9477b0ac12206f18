/**
 * GraphQL entry points of submissions (schema: {@code graphql/submission.graphqls}).
 */
@NullMarked
package uk.nhs.leaguetables.submission.graphql;

import org.jspecify.annotations.NullMarked;
