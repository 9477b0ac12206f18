package uk.nhs.leaguetables.scoring;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;

/**
 * Rejects observations a metric's method cannot score (§2: invalid values are rejected,
 * never clamped). Each record checks its own fields; this checks observations against the
 * rules.
 */
final class InputValidation {

	private InputValidation() {
	}

	static void requireScorable(OrganisationInput organisation, Map<String, MetricRule> metricsByCode,
			@Nullable String deficitMetricCode) {
		organisation.observations().forEach((metricCode, observation) -> {
			MetricRule metric = metricsByCode.get(metricCode);
			if (metric != null && !fits(metric.method(), observation)) {
				throw new IllegalArgumentException(organisation.code() + " has " + describe(observation) + " for "
						+ metricCode + ", which its " + metric.method().label() + " scoring cannot score");
			}
			if (metricCode.equals(deficitMetricCode) && !(observation instanceof Observation.Numeric)) {
				throw new IllegalArgumentException(organisation.code() + " has " + describe(observation)
						+ " for the deficit metric " + metricCode);
			}
		});
	}

	private static boolean fits(ScoringMethod method, Observation observation) {
		return switch (method) {
			case ScoringMethod.OfValues values -> observation instanceof Observation.Numeric;
			case ScoringMethod.Manual manual -> observation instanceof Observation.ManualScore;
			case ScoringMethod.Category category -> observation instanceof Observation.ManualScore
					|| observation instanceof Observation.Categorical(String name)
							&& category.scoreByCategory().containsKey(name);
		};
	}

	private static String describe(Observation observation) {
		return switch (observation) {
			case Observation.Numeric(double value) -> "the value " + Explanations.number(value);
			case Observation.Categorical(String category) -> "the category " + category;
			case Observation.ManualScore manual -> "a manual score";
		};
	}

}
