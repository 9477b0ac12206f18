/**
 * Data submissions: each quarter's metric values, uploaded as CSV or XLSX or sent as rows
 * through the API, validated row by row, stored atomically and accepted into the period's
 * data; corrections are new submissions.
 */
@NullMarked
package uk.nhs.leaguetables.submission;

import org.jspecify.annotations.NullMarked;
