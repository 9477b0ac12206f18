package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;

/** A numerator over a denominator, summed as counts (never as averaged rates). */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

	Ratio plus(Ratio other) {
		return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
	}

}
