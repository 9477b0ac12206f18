/**
 * Console views of the framework versions and their metric catalogues.
 */
@NullMarked
package uk.nhs.leaguetables.framework.ui;

import org.jspecify.annotations.NullMarked;
