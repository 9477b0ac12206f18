package uk.nhs.leaguetables.submission.domain;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The reference data a submission is validated against: its period, the organisations and
 * the metrics of the period's framework version, and the one organisation the submitter
 * may submit for, if they are tied to one.
 */
public record ValidationContext(String periodCode, LocalDate periodStart, LocalDate periodEnd,
		Map<String, OrganisationFacts> organisations, Map<String, MetricSpecification> metrics,
		@Nullable String permittedOrganisation) {

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

	/**
	 * The same context for a submitter who may submit only for the given organisation.
	 */
	public ValidationContext restrictedTo(String organisationCode) {
		return new ValidationContext(periodCode, periodStart, periodEnd, organisations, metrics, organisationCode);
	}

}
