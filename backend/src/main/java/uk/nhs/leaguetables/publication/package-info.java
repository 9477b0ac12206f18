/**
 * Publishing league tables: four-eyes approval of a computed table, numbered revisions
 * for corrections, and the immutable record of who prepared and who approved what, with
 * the digests of inputs and output.
 */
@NullMarked
package uk.nhs.leaguetables.publication;

import org.jspecify.annotations.NullMarked;
