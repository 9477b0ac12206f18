package uk.nhs.leaguetables.scoring.result;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The mean of an organisation's items in one domain, 2 places half-up, and its domain
 * segment: the domain score segmented as the average is, with the domain's own cut-offs
 * (§4; NHS England's OF40xx and OF41xx). For information: neither moves the segment.
 */
public record DomainScore(String domain, int itemCount, BigDecimal averageScore, @Nullable Integer segment) {

	/** A domain score not yet segmented. */
	public DomainScore(String domain, int itemCount, BigDecimal averageScore) {
		this(domain, itemCount, averageScore, null);
	}

	public DomainScore withSegment(int domainSegment) {
		return new DomainScore(domain, itemCount, averageScore, domainSegment);
	}

}
