/**
 * GraphQL plumbing shared by the features' controllers: Relay connections, scalars and
 * error classification.
 */
@NullMarked
package uk.nhs.leaguetables.platform.graphql;

import org.jspecify.annotations.NullMarked;
