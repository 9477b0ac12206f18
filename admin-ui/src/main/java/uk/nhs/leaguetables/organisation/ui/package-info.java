/**
 * Console views of the organisation registry.
 */
@NullMarked
package uk.nhs.leaguetables.organisation.ui;

import org.jspecify.annotations.NullMarked;
