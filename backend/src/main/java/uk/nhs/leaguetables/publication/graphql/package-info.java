/**
 * GraphQL entry points of the publication workflow (schema:
 * {@code graphql/publication.graphqls}).
 */
@NullMarked
package uk.nhs.leaguetables.publication.graphql;

import org.jspecify.annotations.NullMarked;
