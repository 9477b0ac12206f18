/**
 * The audit log for auditors: filtered, paged, exported as CSV, and its hash chain
 * verified.
 */
@NullMarked
package uk.nhs.leaguetables.audit.ui;

import org.jspecify.annotations.NullMarked;
