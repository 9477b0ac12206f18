package uk.nhs.leaguetables.submission.domain;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The reference data a submission is validated against: its period, the organisations and
 * the metrics of the period's framework version.
 */
public record ValidationContext(String periodCode, LocalDate periodStart, LocalDate periodEnd,
		Map<String, OrganisationFacts> organisations, Map<String, MetricSpecification> metrics) {

	public ValidationContext {
		organisations = Map.copyOf(organisations);
		metrics = Map.copyOf(metrics);
	}

	public @Nullable OrganisationFacts organisation(String code) {
		return organisations.get(code);
	}

	public @Nullable MetricSpecification metric(String code) {
		return metrics.get(code);
	}

}
