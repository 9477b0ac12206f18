/**
 * The admin console application and its shell: layout, navigation and styles shared by
 * every feature's views.
 */
@NullMarked
package uk.nhs.leaguetables.console;

import org.jspecify.annotations.NullMarked;
