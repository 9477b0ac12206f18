/**
 * The append-only, hash-chained audit log: who did what, when, to what, and why.
 */
@NullMarked
package uk.nhs.leaguetables.audit;

import org.jspecify.annotations.NullMarked;
