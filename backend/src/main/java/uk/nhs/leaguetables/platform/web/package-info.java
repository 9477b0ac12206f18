/**
 * HTTP-level concerns shared by the deployments: what the service tells its operator on
 * start-up.
 */
@NullMarked
package uk.nhs.leaguetables.platform.web;

import org.jspecify.annotations.NullMarked;
