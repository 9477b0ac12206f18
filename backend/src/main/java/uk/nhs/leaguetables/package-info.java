/**
 * NHS League Tables: quarterly NHS Oversight Framework league tables of NHS trusts and
 * ICBs. Packaged by feature (organisation, framework, submission, scoring, publication,
 * audit); platform holds the cross-cutting infrastructure.
 */
@NullMarked
package uk.nhs.leaguetables;

import org.jspecify.annotations.NullMarked;
