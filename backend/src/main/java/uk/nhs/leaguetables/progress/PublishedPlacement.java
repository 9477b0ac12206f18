package uk.nhs.leaguetables.progress;

import org.jspecify.annotations.Nullable;

/**
 * An organisation's place in the latest published revision of one quarter's table.
 *
 * @param periodCode the quarter
 * @param rank its rank, or null when it was not segmented
 * @param segment its segment, or null when it was not segmented
 * @param ranked how many organisations the table ranked
 */
public record PublishedPlacement(String periodCode, @Nullable Integer rank, @Nullable Integer segment, int ranked) {
}
