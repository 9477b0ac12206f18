/**
 * The scoring engine: {@link uk.nhs.leaguetables.scoring.LeagueTableScorer} turns
 * framework rules and a league's inputs into a league table, with one class per rule
 * family of the methodology (shared/methodology/README.md).
 */
@NullMarked
package uk.nhs.leaguetables.scoring;

import org.jspecify.annotations.NullMarked;
