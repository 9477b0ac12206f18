package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored item: one metric's score, or a composite's mean of its members' available
 * scores (§3), counted once in the average.
 *
 * @param metricCodes the member metrics that contributed, in code order
 */
public record ItemScore(String itemCode, String domain, List<String> metricCodes, double score) {

	public ItemScore {
		metricCodes = List.copyOf(metricCodes);
	}

	public BigDecimal publishedScore() {
		return ScoreDecimals.published(score);
	}

}
