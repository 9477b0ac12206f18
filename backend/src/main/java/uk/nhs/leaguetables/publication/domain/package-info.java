/**
 * The life cycle of a period's league table, in plain Java: which step may follow which.
 */
@NullMarked
package uk.nhs.leaguetables.publication.domain;

import org.jspecify.annotations.NullMarked;
