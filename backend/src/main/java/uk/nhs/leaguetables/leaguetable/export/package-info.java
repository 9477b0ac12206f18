/**
 * Published league tables as CSV and XLSX downloads in NHS England's two layouts: the
 * league table and the long trust data file, with cells no spreadsheet runs as formulas.
 */
@NullMarked
package uk.nhs.leaguetables.leaguetable.export;

import org.jspecify.annotations.NullMarked;
