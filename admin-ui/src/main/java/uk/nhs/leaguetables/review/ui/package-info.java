/**
 * Reviewing a quarter's league table before publication: the draft beside the last
 * published table, each organisation's explanation, and the workflow steps (lock,
 * calculate, approve and publish, reopen).
 */
@NullMarked
package uk.nhs.leaguetables.review.ui;

import org.jspecify.annotations.NullMarked;
