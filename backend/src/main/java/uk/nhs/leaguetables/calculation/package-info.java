/**
 * Computing league tables: assembles a framework version's rules and a period's accepted
 * values for the scoring engine, stores every result row with its explanation and the
 * digests of inputs and output, and recomputes any stored table to prove it reproducible.
 */
@NullMarked
package uk.nhs.leaguetables.calculation;

import org.jspecify.annotations.NullMarked;
