package uk.nhs.leaguetables.scoring.result;

/**
 * The peer values of a numeric metric (§3), as in NHS England's trust data files. Best
 * and worst follow the metric's direction; the quartiles are of the values as numbers
 * (lower quartile = 25th percentile), interpolated linearly between order statistics
 * (Hyndman–Fan type 7, Excel QUARTILE.INC).
 */
public record ValueStatistics(double best, double worst, double median, double lowerQuartile, double upperQuartile) {
}
