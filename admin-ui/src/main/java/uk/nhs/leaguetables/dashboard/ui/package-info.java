/**
 * The console's start page: where each league's current quarter stands and what the
 * signed-in user should do next.
 */
@NullMarked
package uk.nhs.leaguetables.dashboard.ui;

import org.jspecify.annotations.NullMarked;
