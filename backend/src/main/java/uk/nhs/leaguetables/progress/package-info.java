/**
 * Where each league's quarter stands and what is still to do: status, missing data,
 * submissions waiting and the draft waiting for approval. Read models for the console.
 */
@NullMarked
package uk.nhs.leaguetables.progress;

import org.jspecify.annotations.NullMarked;
