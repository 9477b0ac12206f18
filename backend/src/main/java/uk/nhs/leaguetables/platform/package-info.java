/**
 * Cross-cutting infrastructure that no single feature owns: database provisioning, web
 * and GraphQL plumbing.
 */
@NullMarked
package uk.nhs.leaguetables.platform;

import org.jspecify.annotations.NullMarked;
