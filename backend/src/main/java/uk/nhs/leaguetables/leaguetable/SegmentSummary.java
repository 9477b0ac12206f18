package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How the organisations of one region or ICB are spread over the segments of a published
 * table, and their mean average score.
 */
public record SegmentSummary(String groupCode, String groupName, int organisations, int segment1, int segment2,
		int segment3, int segment4, int segment5, int notSegmented, @Nullable BigDecimal meanAverageScore) {
}
