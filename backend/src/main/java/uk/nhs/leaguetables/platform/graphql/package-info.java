/**
 * GraphQL plumbing shared by the features' controllers: Relay connections, error
 * classification, query limits, and GraphQL over HTTP beyond Spring's POST endpoint (GET,
 * trusted documents, HTTP caching, the public response cache).
 */
@NullMarked
package uk.nhs.leaguetables.platform.graphql;

import org.jspecify.annotations.NullMarked;
