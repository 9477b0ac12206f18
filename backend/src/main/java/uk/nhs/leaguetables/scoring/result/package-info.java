/**
 * A computed league table, explainable row by row: per-metric peer statistics, scores,
 * averages, segments with their adjustments, ranks, movement, likely ranges and the input
 * digest (methodology §3 to §9).
 */
@NullMarked
package uk.nhs.leaguetables.scoring.result;

import org.jspecify.annotations.NullMarked;
