/**
 * Charts drawn on the server as SVG, with a title and a description for screen readers:
 * no chart library and no npm package in the browser.
 */
@NullMarked
package uk.nhs.leaguetables.console.chart;

import org.jspecify.annotations.NullMarked;
