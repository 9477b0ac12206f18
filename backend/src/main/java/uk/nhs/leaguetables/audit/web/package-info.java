/**
 * The audit log's HTTP download for offline verification.
 */
@NullMarked
package uk.nhs.leaguetables.audit.web;

import org.jspecify.annotations.NullMarked;
