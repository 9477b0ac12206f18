/**
 * The validation rules of a submission, in plain Java: what makes a row acceptable, and
 * the report that says which row, column and value broke which rule.
 */
@NullMarked
package uk.nhs.leaguetables.submission.domain;

import org.jspecify.annotations.NullMarked;
