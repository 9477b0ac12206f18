/**
 * HTTP downloads of submissions: the validation report as CSV.
 */
@NullMarked
package uk.nhs.leaguetables.submission.web;

import org.jspecify.annotations.NullMarked;
