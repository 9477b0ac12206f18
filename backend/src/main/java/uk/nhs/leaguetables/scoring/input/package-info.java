/**
 * What one league's table is computed from: the organisations' observations per metric,
 * deficit flags, intensive-support and manual-override decisions, and the previous
 * published results (methodology §2, §5.2, §7).
 */
@NullMarked
package uk.nhs.leaguetables.scoring.input;

import org.jspecify.annotations.NullMarked;
