/**
 * Reading tables from files people upload: UTF-8 CSV and the first sheet of an XLSX
 * workbook, row by row, numbered as a spreadsheet numbers them.
 */
@NullMarked
package uk.nhs.leaguetables.platform.tabular;

import org.jspecify.annotations.NullMarked;
