package uk.nhs.leaguetables.submission.domain;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/**
 * What the validation needs to know of one metric of the period's framework version.
 *
 * @param code the metric id, e.g. OF0013
 * @param leagues the leagues it applies to
 * @param kind what a row must carry
 * @param percentage whether the value is a percentage (then a numerator cannot exceed its
 * denominator)
 * @param validMin the smallest valid value, if bounded
 * @param validMax the largest valid value, if bounded
 * @param ratioMultiplier the factor turning numerator/denominator into the value, or null
 * when only a value is accepted
 * @param categories the categories a CATEGORY metric knows
 * @param mandatory whether every organisation of its leagues is expected to supply it
 */
public record MetricSpecification(String code, Set<League> leagues, ValueKind kind, boolean percentage,
		@Nullable BigDecimal validMin, @Nullable BigDecimal validMax, @Nullable BigDecimal ratioMultiplier,
		Set<String> categories, boolean mandatory) {

	public MetricSpecification {
		leagues = Set.copyOf(leagues);
		categories = Set.copyOf(categories);
	}

}
