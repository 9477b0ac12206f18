package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;

import uk.nhs.leaguetables.scoring.input.Observation;

/**
 * One organisation's standing and score on one metric (§3, §8).
 *
 * @param rank competition rank among the peers, best = 1, tied values share a rank and
 * the next rank skips (1, 2, 2, 4); CATEGORY and MANUAL metrics rank by score
 * @param position the mean of the positions tied values occupy (2.5 for a tie on 2nd and
 * 3rd): the RANKED method's r
 * @param score full precision; {@link #publishedScore()} is the 2-decimal figure
 * @param explanation the arithmetic in words, e.g. "92.1% is 3rd of 130; CONTINUOUS: 1 +
 * 3 × (92.1 − 98.0) / (61.2 − 98.0) = 1.48"
 */
public record MetricResult(String metricCode, String scoredItemCode, Observation observation, int peerCount, int rank,
		double position, double score, String method, String explanation) {

	public BigDecimal publishedScore() {
		return ScoreDecimals.published(score);
	}

}
