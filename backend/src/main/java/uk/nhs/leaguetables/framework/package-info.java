/**
 * Framework versions of the NHS Oversight Framework: the metric catalogue with each
 * metric's scoring rule, the segmentation parameters, and the reporting periods assessed
 * under each version.
 */
@NullMarked
package uk.nhs.leaguetables.framework;

import org.jspecify.annotations.NullMarked;
