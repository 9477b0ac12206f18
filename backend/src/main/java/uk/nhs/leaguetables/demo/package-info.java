/**
 * The demonstration set-up that the run command starts with: demo users, the 2024/25
 * quarters opened under NOF 2025/26, and five quarters of real-plus-synthetic submissions
 * loaded through the real submission pipeline.
 */
@NullMarked
package uk.nhs.leaguetables.demo;

import org.jspecify.annotations.NullMarked;
