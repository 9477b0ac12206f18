package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;

/**
 * The mean of an organisation's items in one domain, 2 places half-up; published for
 * information only (§4).
 */
public record DomainScore(String domain, int itemCount, BigDecimal averageScore) {
}
