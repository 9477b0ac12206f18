package uk.nhs.leaguetables.nhsedata.domain;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.submission.domain.MetricSpecification;
import uk.nhs.leaguetables.submission.domain.OrganisationFacts;

/**
 * What a trust data file is checked against: the registry, the reporting periods with
 * their framework versions, the financial years the framework versions cover, and each
 * version's catalogue.
 *
 * @param organisations the registry by ODS code
 * @param periods the framework version of each existing period, by period code
 * @param frameworksByYear the framework version covering each financial year (e.g.
 * {@code 2025/26})
 * @param catalogues each framework version's catalogue, by version code
 */
public record TrustDataContext(Map<String, OrganisationFacts> organisations, Map<String, String> periods,
		Map<String, String> frameworksByYear, Map<String, Catalogue> catalogues) {

	public TrustDataContext {
		organisations = Map.copyOf(organisations);
		periods = Map.copyOf(periods);
		frameworksByYear = Map.copyOf(frameworksByYear);
		catalogues = Map.copyOf(catalogues);
	}

	/**
	 * The framework version a quarter is assessed under: the existing period's, else the
	 * one covering its financial year; null when there is neither.
	 */
	public @Nullable String frameworkOf(String periodCode) {
		String existing = periods.get(periodCode);
		return (existing != null) ? existing : frameworksByYear.get(periodCode.substring(0, 7));
	}

	/**
	 * One framework version's catalogue.
	 *
	 * @param metrics the metrics by code (OF0xxx)
	 * @param scoredItems the codes of its scored items, composites such as OF1080
	 * included
	 */
	public record Catalogue(Map<String, MetricSpecification> metrics, Set<String> scoredItems) {

		public Catalogue {
			metrics = Map.copyOf(metrics);
			scoredItems = Set.copyOf(scoredItems);
		}

	}

}
