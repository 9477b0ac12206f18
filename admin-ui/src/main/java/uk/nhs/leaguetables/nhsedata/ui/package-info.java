/**
 * The console view that imports NHS England's published trust data files and links to the
 * submissions the import creates.
 */
@NullMarked
package uk.nhs.leaguetables.nhsedata.ui;

import org.jspecify.annotations.NullMarked;
