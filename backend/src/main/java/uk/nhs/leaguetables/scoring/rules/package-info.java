/**
 * The parameters of a framework version, read as data: metric catalogue, scoring methods,
 * segment method and cut-offs, minimum coverage, financial override and bootstrap
 * settings (methodology §1, §3, §4, §5, §9).
 */
@NullMarked
package uk.nhs.leaguetables.scoring.rules;

import org.jspecify.annotations.NullMarked;
