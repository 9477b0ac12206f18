/**
 * Writing data for spreadsheets: CSV whose cells cannot be mistaken for formulas.
 */
@NullMarked
package uk.nhs.leaguetables.platform.export;

import org.jspecify.annotations.NullMarked;
