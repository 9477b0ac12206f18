package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.ManualSegmentOverride;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.input.RecoverySupport;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.BootstrapSettings;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;

/** Small builders that keep the worked examples readable. */
final class Fixtures {

	static final String ACCESS = "Access to services";

	static final String FINANCE = "Finance and productivity";

	static final SegmentMethod NOF_2025_26_THRESHOLDS = thresholds("2.10", "2.35", "2.70");

	private Fixtures() {
	}

	static SegmentMethod thresholds(String t1, String t2, String t3) {
		return new SegmentMethod.Thresholds(
				new SegmentCutOffs(new BigDecimal(t1), new BigDecimal(t2), new BigDecimal(t3)));
	}

	/** A metric that is its own scored item, in the access domain, measured in %. */
	static MetricRule metric(String code, Direction direction, ScoringMethod method) {
		return new MetricRule(code, "Metric " + code, ACCESS, "%", direction, method, code);
	}

	/**
	 * Rules with the 2025/26 seed: THRESHOLDS 2.10/2.35/2.70, coverage 0.5, deficit floor
	 * 3, 1,000 replicates.
	 */
	static FrameworkRules rules(MetricRule... metrics) {
		return rules(NOF_2025_26_THRESHOLDS, metrics);
	}

	static FrameworkRules rules(SegmentMethod segmentMethod, MetricRule... metrics) {
		return new FrameworkRules("TEST", List.of(metrics), segmentMethod, new BigDecimal("0.5"), 3, null,
				new BootstrapSettings(1000, 20250601L));
	}

	/**
	 * Each given score as a MANUAL metric M01, M02, … of its own: the quickest way to fix
	 * item scores.
	 */
	static FrameworkRules manualRules(SegmentMethod segmentMethod, int metricCount) {
		var metrics = new ArrayList<MetricRule>();
		for (int m = 1; m <= metricCount; m++) {
			metrics.add(metric(manualCode(m), Direction.LOWER_IS_BETTER, new ScoringMethod.Manual()));
		}
		return rules(segmentMethod, metrics.toArray(MetricRule[]::new));
	}

	static String manualCode(int m) {
		return "M%02d".formatted(m);
	}

	static Organisation organisation(String code) {
		return new Organisation(code);
	}

	static LeagueInput league(Organisation... organisations) {
		return league(Map.of(), organisations);
	}

	static LeagueInput league(Map<String, PreviousResult> previous, Organisation... organisations) {
		var inputs = new ArrayList<OrganisationInput>();
		for (Organisation organisation : organisations) {
			inputs.add(organisation.build());
		}
		return new LeagueInput("NON_ACUTE", "2025/26 Q4", inputs, previous);
	}

	static OrganisationResult row(LeagueResult result, String code) {
		return result.organisations()
			.stream()
			.filter(row -> row.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + code));
	}

	static Placement.Segmented segmented(LeagueResult result, String code) {
		if (row(result, code).placement() instanceof Placement.Segmented segmented) {
			return segmented;
		}
		throw new AssertionError(code + " is not segmented");
	}

	/** An organisation under construction. */
	static final class Organisation {

		private final String code;

		private final Map<String, Observation> observations = new HashMap<>();

		private boolean inDeficit;

		private @Nullable RecoverySupport recoverySupport;

		private @Nullable ManualSegmentOverride manualOverride;

		private Organisation(String code) {
			this.code = code;
		}

		Organisation value(String metric, double value) {
			observations.put(metric, new Observation.Numeric(value));
			return this;
		}

		Organisation category(String metric, String category) {
			observations.put(metric, new Observation.Categorical(category));
			return this;
		}

		Organisation manual(String metric, double score) {
			observations.put(metric, new Observation.ManualScore(score, "panel review"));
			return this;
		}

		/** MANUAL scores for M01, M02, … in order. */
		Organisation manualScores(double... scores) {
			for (int m = 0; m < scores.length; m++) {
				manual(manualCode(m + 1), scores[m]);
			}
			return this;
		}

		Organisation inDeficit() {
			this.inDeficit = true;
			return this;
		}

		Organisation inRecoverySupport(String reason) {
			this.recoverySupport = new RecoverySupport(reason);
			return this;
		}

		Organisation overriddenTo(int segment) {
			this.manualOverride = new ManualSegmentOverride(segment, "regulator finding", "Director of Oversight");
			return this;
		}

		OrganisationInput build() {
			return new OrganisationInput(code, observations, inDeficit, recoverySupport, manualOverride);
		}

	}

}
