/**
 * Console views of the league tables.
 */
@NullMarked
package uk.nhs.leaguetables.leaguetable.ui;

import org.jspecify.annotations.NullMarked;
