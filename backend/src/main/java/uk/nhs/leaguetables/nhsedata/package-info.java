/**
 * Imports NHS England's published NHS Oversight Framework "trust data" files: their raw
 * values become a submission of the quarter (through the submission pipeline), and every
 * published row is kept read-only as NHS England's reference publication of the quarter
 * and league.
 */
@NullMarked
package uk.nhs.leaguetables.nhsedata;

import org.jspecify.annotations.NullMarked;
