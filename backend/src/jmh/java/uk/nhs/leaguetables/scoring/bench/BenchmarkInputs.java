package uk.nhs.leaguetables.scoring.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.ManualSegmentOverride;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.input.RecoverySupport;
import uk.nhs.leaguetables.scoring.rules.BootstrapSettings;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.PercentileCaps;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;

/**
 * Deterministic inputs shaped like a NOF 2025/26 quarter
 * (shared/methodology/nof-2025-26-metrics.md): 134 acute trusts on 20 metrics (19 scored
 * items), 61 non-acute trusts on 12 metrics (11 items), 10 ambulance trusts on 6 metrics;
 * and a synthetic league of 10,000 organisations on 50 metrics. Values are random within
 * plausible ranges.
 */
final class BenchmarkInputs {

	private static final String ACCESS = "Access to services";

	private static final String EFFECTIVENESS = "Effectiveness and experience";

	private static final String SAFETY = "Patient safety";

	private static final String WORKFORCE = "People and workforce";

	private static final String FINANCE = "Finance and productivity";

	/**
	 * The 2025/26 seed: cut-offs read off published tables (not published by NHS
	 * England), coverage ½, floor 3.
	 */
	private static final SegmentMethod NOF_2025_26_THRESHOLDS = new SegmentMethod.Thresholds(
			new SegmentCutOffs(new BigDecimal("2.10"), new BigDecimal("2.35"), new BigDecimal("2.70")));

	private static final ScoringMethod CONTINUOUS = ScoringMethod.Continuous.uncapped();

	private static final ScoringMethod CQC_RATING = new ScoringMethod.Category(
			Map.of("Outstanding", 1.0, "Good", 2.0, "Requires improvement", 3.0, "Inadequate", 4.0));

	private static final List<String> CQC_CATEGORIES = List.of("Outstanding", "Good", "Requires improvement",
			"Inadequate");

	/** A value generator for one metric: mean and spread of a normal draw. */
	private record Shape(double mean, double spread) {
	}

	private record Catalogued(MetricRule rule, Shape shape) {
	}

	private BenchmarkInputs() {
	}

	static FrameworkRules nof202526Rules() {
		return rules(catalogue().stream().map(Catalogued::rule).toList());
	}

	/** One quarter: the acute, non-acute and ambulance leagues. */
	static List<LeagueInput> quarter() {
		List<Catalogued> catalogue = catalogue();
		var random = new SplittableRandom(2025_26_04L);
		return List.of(league("ACUTE", 134, acuteCodes(), catalogue, random),
				league("NON_ACUTE", 61, nonAcuteCodes(), catalogue, random),
				league("AMBULANCE", 10, ambulanceCodes(), catalogue, random));
	}

	/**
	 * 50 metrics: CONTINUOUS (some capped), RANKED and THRESHOLD, two pairs merged into
	 * composites.
	 */
	static FrameworkRules syntheticRules() {
		return rules(syntheticCatalogue().stream().map(Catalogued::rule).toList());
	}

	static LeagueInput syntheticLeague(int organisations) {
		List<Catalogued> catalogue = syntheticCatalogue();
		return league("SYNTHETIC", organisations, catalogue.stream().map(c -> c.rule().code()).toList(), catalogue,
				new SplittableRandom(10_000L));
	}

	private static FrameworkRules rules(List<MetricRule> metrics) {
		return new FrameworkRules("NOF-2025/26", metrics, NOF_2025_26_THRESHOLDS, new BigDecimal("0.5"), 3, "OF0079",
				new BootstrapSettings(1000, 20_250_601L));
	}

	private static LeagueInput league(String name, int size, List<String> metricCodes, List<Catalogued> catalogue,
			SplittableRandom random) {
		var organisations = new ArrayList<OrganisationInput>(size);
		var previous = new HashMap<String, PreviousResult>();
		for (int o = 0; o < size; o++) {
			String code = name.charAt(0) + "%05d".formatted(o);
			var observations = new HashMap<String, Observation>();
			for (Catalogued metric : catalogue) {
				// About 4% of submissions are missing or not applicable.
				if (metricCodes.contains(metric.rule().code()) && random.nextInt(25) != 0) {
					observations.put(metric.rule().code(), observe(metric, random));
				}
			}
			organisations.add(new OrganisationInput(code, observations, random.nextInt(12) == 0,
					random.nextInt(40) == 0 ? new RecoverySupport("entered the Recovery Support Programme") : null,
					random.nextInt(200) == 0 ? new ManualSegmentOverride(1 + random.nextInt(5), "regional panel",
							"Director of Oversight") : null));
			if (random.nextInt(20) != 0) {
				previous.put(code, new PreviousResult(1 + random.nextInt(4), 1 + random.nextInt(size)));
			}
		}
		return new LeagueInput(name, "2025/26 Q4", organisations, previous);
	}

	private static Observation observe(Catalogued metric, SplittableRandom random) {
		return switch (metric.rule().method()) {
			case ScoringMethod.Category category -> new Observation.Categorical(
					CQC_CATEGORIES.get(Math.min(3, (int) Math.abs(random.nextGaussian() * 1.5))));
			case ScoringMethod.Manual manual ->
				new Observation.ManualScore(1 + random.nextInt(301) / 100.0, "agreed with the regional team");
			default -> new Observation.Numeric(
					Math.round((metric.shape().mean() + random.nextGaussian() * metric.shape().spread()) * 10) / 10.0);
		};
	}

	private static List<Catalogued> catalogue() {
		return List.of(
				// Acute (and shared) metrics
				metric("OF0023", "RTT 18 weeks or less", ACCESS, Direction.HIGHER_IS_BETTER, CONTINUOUS, 60, 8),
				metric("OF0106", "Planned vs actual 18-week performance", ACCESS, Direction.LOWER_IS_BETTER,
						new ScoringMethod.Manual(), 0, 0),
				metric("OF0052", "RTT over 52 weeks", ACCESS, Direction.LOWER_IS_BETTER, CONTINUOUS, 2, 1),
				metric("OF0010", "Cancer 28-day FDS", ACCESS, Direction.HIGHER_IS_BETTER, CONTINUOUS, 78, 5),
				metric("OF0011", "Cancer 62-day", ACCESS, Direction.HIGHER_IS_BETTER, CONTINUOUS, 70, 8),
				metric("OF0013", "A&E 4 hours", ACCESS, Direction.HIGHER_IS_BETTER,
						new ScoringMethod.Threshold(List.of(new ThresholdBand(82, Boundary.INCLUSIVE, 1),
								new ThresholdBand(78, Boundary.INCLUSIVE, 2),
								new ThresholdBand(72, Boundary.INCLUSIVE, 3)), 4),
						76, 6),
				metric("OF0014", "A&E over 12 hours", ACCESS, Direction.LOWER_IS_BETTER,
						new ScoringMethod.Continuous(new PercentileCaps(5, 95)), 9, 3),
				metric("OF0020", "MRSA bacteraemia", SAFETY, Direction.LOWER_IS_BETTER, new ScoringMethod.Ranked(), 2,
						1.5),
				metric("OF0048", "E. coli bacteraemia", SAFETY, Direction.LOWER_IS_BETTER, CONTINUOUS, 30, 8),
				metric("OF0088", "C. difficile", SAFETY, Direction.LOWER_IS_BETTER, CONTINUOUS, 20, 6),
				metric("OF0090", "Discharge delay days", EFFECTIVENESS, Direction.LOWER_IS_BETTER, CONTINUOUS, 1.5,
						0.5),
				metric("OF0091", "Adult inpatient survey", EFFECTIVENESS, Direction.HIGHER_IS_BETTER, CONTINUOUS, 8,
						0.3),
				metric("OF0092", "CQC rating", SAFETY, Direction.LOWER_IS_BETTER, CQC_RATING, 0, 0),
				metric("OF0085", "Implied productivity growth", FINANCE, Direction.HIGHER_IS_BETTER, CONTINUOUS, 2,
						1.5),
				// Shared by every league
				metric("OF0061", "Raising concerns sub-score", SAFETY, Direction.HIGHER_IS_BETTER, CONTINUOUS, 6.5,
						0.3),
				metric("OF0082", "Sickness absence", WORKFORCE, Direction.LOWER_IS_BETTER, CONTINUOUS, 5, 0.8),
				metric("OF0084", "Staff engagement", WORKFORCE, Direction.HIGHER_IS_BETTER, CONTINUOUS, 6.9, 0.3),
				composite("OF0079", "Planned surplus/deficit", 0.5, 1.5), composite("OF0081", "Variance to plan", 0, 1),
				metric("OF0086", "Relative difference in costs", FINANCE, Direction.LOWER_IS_BETTER, CONTINUOUS, 100,
						8),
				// Non-acute
				metric("OF0005", "Community waits over 52 weeks", ACCESS, Direction.LOWER_IS_BETTER, CONTINUOUS, 1, 1),
				metric("OF0041", "CYP accessing MH services change", ACCESS, Direction.HIGHER_IS_BETTER, CONTINUOUS, 3,
						4),
				metric("OF0016", "MH crisis face-to-face in 24 hours", SAFETY, Direction.HIGHER_IS_BETTER, CONTINUOUS,
						80, 10),
				metric("OF1035", "Community MH survey", EFFECTIVENESS, Direction.LOWER_IS_BETTER, CQC_RATING, 0, 0),
				metric("OF0057", "UCR 2-hour performance", EFFECTIVENESS, Direction.HIGHER_IS_BETTER, CONTINUOUS, 85,
						6),
				metric("OF0063", "Inpatients staying over 60 days", EFFECTIVENESS, Direction.LOWER_IS_BETTER,
						CONTINUOUS, 20, 7),
				// Ambulance
				metric("OF0017", "Category 2 mean response (minutes)", ACCESS, Direction.LOWER_IS_BETTER, CONTINUOUS,
						32, 6));
	}

	private static List<String> acuteCodes() {
		return List.of("OF0023", "OF0106", "OF0052", "OF0010", "OF0011", "OF0013", "OF0014", "OF0020", "OF0048",
				"OF0088", "OF0090", "OF0091", "OF0092", "OF0085", "OF0061", "OF0082", "OF0084", "OF0079", "OF0081",
				"OF0086");
	}

	private static List<String> nonAcuteCodes() {
		return List.of("OF0005", "OF0041", "OF0016", "OF0061", "OF1035", "OF0057", "OF0063", "OF0082", "OF0084",
				"OF0079", "OF0081", "OF0086");
	}

	private static List<String> ambulanceCodes() {
		return List.of("OF0017", "OF0061", "OF0082", "OF0084", "OF0079", "OF0081");
	}

	private static List<Catalogued> syntheticCatalogue() {
		var metrics = new ArrayList<Catalogued>();
		for (int m = 0; m < 50; m++) {
			String code = "SYN%02d".formatted(m);
			Direction direction = m % 2 == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
			ScoringMethod method = switch (m % 10) {
				case 7 -> new ScoringMethod.Ranked();
				case 8 -> direction == Direction.HIGHER_IS_BETTER
						? new ScoringMethod.Threshold(List.of(new ThresholdBand(55, Boundary.INCLUSIVE, 1),
								new ThresholdBand(50, Boundary.INCLUSIVE, 2.5)), 4)
						: new ScoringMethod.Threshold(List.of(new ThresholdBand(45, Boundary.INCLUSIVE, 1),
								new ThresholdBand(50, Boundary.INCLUSIVE, 2.5)), 4);
				case 9 -> new ScoringMethod.Continuous(new PercentileCaps(5, 95));
				default -> CONTINUOUS;
			};
			// SYN00–SYN03 merge pairwise into two composites, like combined finance.
			String item = m < 4 ? "SYNC" + m / 2 : code;
			String domain = "Domain " + (m < 4 ? 0 : m % 5);
			metrics.add(new Catalogued(new MetricRule(code, "Synthetic " + m, domain, "%", direction, method, item),
					new Shape(50, 10)));
		}
		return metrics;
	}

	private static Catalogued metric(String code, String name, String domain, Direction direction, ScoringMethod method,
			double mean, double spread) {
		return new Catalogued(new MetricRule(code, name, domain, "%", direction, method, code),
				new Shape(mean, spread));
	}

	/** A member of the combined finance item OF1080 (§3 composite). */
	private static Catalogued composite(String code, String name, double mean, double spread) {
		return new Catalogued(
				new MetricRule(code, name, FINANCE, "%", Direction.HIGHER_IS_BETTER, CONTINUOUS, "OF1080"),
				new Shape(mean, spread));
	}

}
