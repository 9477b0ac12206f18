/**
 * Console views of data submissions: upload, the validation report, acceptance and
 * rejection.
 */
@NullMarked
package uk.nhs.leaguetables.submission.ui;

import org.jspecify.annotations.NullMarked;
