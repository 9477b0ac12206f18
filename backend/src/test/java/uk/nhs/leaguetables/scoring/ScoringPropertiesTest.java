package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.ManualSegmentOverride;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.input.RecoverySupport;
import uk.nhs.leaguetables.scoring.result.DomainScore;
import uk.nhs.leaguetables.scoring.result.ItemScore;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.BootstrapSettings;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.PercentileCaps;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over small random leagues: up to 8 organisations and 4 metrics of every
 * method, values from a narrow integer range so that ties are common, adjustments of
 * every kind, both segment methods. Each trial is drawn from a fixed seed (see
 * {@link Trials}), so every run checks the same cases and a failure names its seed.
 */
class ScoringPropertiesTest {

	private static final BigDecimal ONE = new BigDecimal("1.00");

	private static final BigDecimal FOUR = new BigDecimal("4.00");

	private static final List<Double> MANUAL_SCORES = List.of(1.0, 1.75, 2.21, 3.0, 4.0);

	private static final List<String> CATEGORIES = List.of("Better", "Same", "Worse");

	/**
	 * The metric kinds the generator draws; CATEGORY and MANUAL have no value to improve.
	 */
	enum Kind {

		CONTINUOUS, CONTINUOUS_CAPPED, RANKED, THRESHOLD, CATEGORY, MANUAL

	}

	private static final Kind[] NUMERIC_KINDS = { Kind.CONTINUOUS, Kind.CONTINUOUS_CAPPED, Kind.RANKED,
			Kind.THRESHOLD };

	record MetricSpec(Kind kind, Direction direction, boolean inCompositeItem) {
	}

	/**
	 * Raw draws per metric (absent = null), turned into an observation of the metric's
	 * kind.
	 */
	record OrganisationSpec(List<@Nullable Integer> raw, boolean inDeficit, boolean inRecoverySupport,
			@Nullable Integer overriddenSegment) {
	}

	record Scenario(FrameworkRules rules, LeagueInput league) {
	}

	/** The organisation whose value improves, on which metric. */
	record Choice(String organisation, String metric) {
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("fiveHundredSeeds")
	void improving_one_value_never_worsens_that_metric_score_or_the_league_rank(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Scenario scenario = scenario(random, NUMERIC_KINDS);
		int pick = random.nextInt(0, 1001);
		int improvement = random.nextInt(1, 7);
		LeagueResult before = score(scenario);
		// A better value can only worsen other organisations' scores (the CONTINUOUS
		// best or worst moves, or it passes them in a RANKED order). With THRESHOLDS
		// the cut-offs are fixed, so the property holds for everyone. Under QUARTILE
		// it is false for an organisation whose segment an adjustment pins, as the
		// example below shows, so only organisations without adjustments are moved.
		boolean quartile = scenario.rules().segmentMethod() instanceof SegmentMethod.Quartile;
		var candidates = new ArrayList<Choice>();
		for (OrganisationInput organisation : scenario.league().organisations()) {
			OrganisationResult row = Fixtures.row(before, organisation.code());
			boolean adjusted = row.inDeficit() || row.inRecoverySupport() || organisation.manualOverride() != null;
			if (quartile && adjusted) {
				continue;
			}
			organisation.observations()
				.keySet()
				.forEach(metric -> candidates.add(new Choice(organisation.code(), metric)));
		}
		Assumptions.assumeFalse(candidates.isEmpty(), "no organisation to improve in this league");
		Choice chosen = candidates.get(pick % candidates.size());
		String code = chosen.organisation();
		String metricCode = chosen.metric();

		LeagueResult after = score(new Scenario(scenario.rules(), improve(scenario, code, metricCode, improvement)));

		assertThat(metricScore(after, code, metricCode)).isLessThanOrEqualTo(metricScore(before, code, metricCode));
		if (Fixtures.row(before, code).placement() instanceof Placement.Segmented segmentedBefore) {
			assertThat(Fixtures.segmented(after, code).rank()).isLessThanOrEqualTo(segmentedBefore.rank());
		}
	}

	/**
	 * Why the property above leaves adjusted organisations out under QUARTILE. I's better
	 * value moves the CONTINUOUS best, which worsens M's score more than J's; M overtakes
	 * J, so the quartiles shift and J's unadjusted segment improves past I's, which the
	 * financial override pins at 3.
	 */
	@Test
	void under_quartile_an_organisation_pinned_by_an_adjustment_can_lose_a_place_by_improving() {
		var rules = Fixtures.rules(new SegmentMethod.Quartile(),
				Fixtures.metric("OF0023", Direction.HIGHER_IS_BETTER, ScoringMethod.Continuous.uncapped()),
				Fixtures.metric("M02", Direction.LOWER_IS_BETTER, new ScoringMethod.Manual()));
		var scorer = new LeagueTableScorer(rules);
		Fixtures.Organisation m = Fixtures.organisation("M").value("OF0023", 10).manual("M02", 3.2).inDeficit();
		Fixtures.Organisation j = Fixtures.organisation("J").value("OF0023", 0).manual("M02", 1.0);
		Fixtures.Organisation p = Fixtures.organisation("P").manual("M02", 1.5);
		Fixtures.Organisation q = Fixtures.organisation("Q").manual("M02", 3.5);

		// Before: OF0023 best 10, worst 0. I (2.5 + 1) / 2 = 1.75,
		// M (1 + 3.2) / 2 = 2.10, J (4 + 1) / 2 = 2.50, P 1.50, Q 3.50.
		// Quartiles 1.75, 2.10, 2.50: P 1, I 1 → 3, M 2 → 3, J 3, Q 4.
		// Ranks: P 1, then segment 3 by average: I 2, M 3, J 4.
		LeagueResult before = scorer.score(Fixtures
			.league(Fixtures.organisation("I").value("OF0023", 5).manual("M02", 1.0).inDeficit(), m, j, p, q));
		// After I reaches 15: best 15. I 1.00, M (2 + 3.2) / 2 = 2.60, J 2.50.
		// Quartiles 1.50, 2.50, 2.60: J moves to segment 2, ahead of I held at 3.
		LeagueResult after = scorer.score(Fixtures
			.league(Fixtures.organisation("I").value("OF0023", 15).manual("M02", 1.0).inDeficit(), m, j, p, q));

		assertThat(Fixtures.segmented(before, "I").rank()).isEqualTo(2);
		assertThat(Fixtures.segmented(after, "J").finalSegment()).isEqualTo(2);
		assertThat(Fixtures.segmented(after, "I").rank()).isEqualTo(3);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("oneHundredFiftySeeds")
	void results_do_not_depend_on_input_order(long seed) {
		Random random = new Random(seed);
		Scenario scenario = scenario(new SplittableRandom(seed), Kind.values());
		var organisations = new ArrayList<OrganisationInput>();
		for (OrganisationInput organisation : scenario.league().organisations()) {
			var observations = new ArrayList<>(organisation.observations().entrySet());
			Collections.shuffle(observations, random);
			var reinserted = new HashMap<String, Observation>();
			observations.forEach(entry -> reinserted.put(entry.getKey(), entry.getValue()));
			organisations.add(new OrganisationInput(organisation.code(), reinserted, organisation.declaredInDeficit(),
					organisation.recoverySupport(), organisation.manualOverride()));
		}
		Collections.shuffle(organisations, random);
		var metrics = new ArrayList<>(scenario.rules().metrics());
		Collections.shuffle(metrics, random);
		FrameworkRules rules = scenario.rules();
		var shuffled = new Scenario(
				new FrameworkRules(rules.version(), metrics, rules.segmentMethod(), rules.minimumCoverage(),
						rules.bestSegmentInDeficit(), rules.deficitMetricCode(), rules.bootstrap()),
				new LeagueInput(scenario.league().league(), scenario.league().period(), organisations,
						scenario.league().previousResults()));

		assertThat(score(shuffled)).isEqualTo(score(scenario));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("oneHundredFiftySeeds")
	void every_score_and_average_lies_between_one_and_four(long seed) {
		Scenario scenario = scenario(new SplittableRandom(seed), Kind.values());
		for (OrganisationResult row : score(scenario).organisations()) {
			assertThat(row.metrics()).extracting(MetricResult::score)
				.allSatisfy(score -> assertThat(score).isBetween(1.0, 4.0));
			assertThat(row.items()).extracting(ItemScore::score)
				.allSatisfy(score -> assertThat(score).isBetween(1.0, 4.0));
			assertThat(row.domains()).extracting(DomainScore::averageScore)
				.allSatisfy(score -> assertThat(score).isBetween(ONE, FOUR));
			if (row.averageScore() != null) {
				assertThat(row.averageScore()).isBetween(ONE, FOUR);
				assertThat(row.likelyRange().lowestScore()).isBetween(ONE, row.likelyRange().highestScore());
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("oneHundredSeeds")
	void the_bootstrap_is_deterministic_for_a_seed_and_never_moves_segment_or_rank(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Scenario scenario = scenario(random, Kind.values());
		long otherSeed = random.nextLong();
		FrameworkRules rules = scenario.rules();
		FrameworkRules reseeded = new FrameworkRules(rules.version(), rules.metrics(), rules.segmentMethod(),
				rules.minimumCoverage(), rules.bestSegmentInDeficit(), rules.deficitMetricCode(),
				new BootstrapSettings(rules.bootstrap().replicates(), otherSeed));

		LeagueResult first = score(scenario);
		LeagueResult again = score(scenario);
		LeagueResult otherBootstrap = new LeagueTableScorer(reseeded).score(scenario.league());

		assertThat(again.organisations()).extracting(OrganisationResult::likelyRange)
			.isEqualTo(first.organisations().stream().map(OrganisationResult::likelyRange).toList());
		assertThat(otherBootstrap.organisations()).extracting(OrganisationResult::placement)
			.isEqualTo(first.organisations().stream().map(OrganisationResult::placement).toList());
	}

	static LongStream fiveHundredSeeds() {
		return Trials.seeds(500);
	}

	static LongStream oneHundredFiftySeeds() {
		return Trials.seeds(150);
	}

	static LongStream oneHundredSeeds() {
		return Trials.seeds(100);
	}

	/**
	 * A random league: 1 to 4 metrics of the given kinds (a quarter of them in one
	 * composite item), 1 to 8 organisations with values from -3 to 10 (a fifth absent, so
	 * ties and gaps are common), deficits and Recovery Support one time in eight, manual
	 * overrides one time in seven, either segment method.
	 */
	private static Scenario scenario(SplittableRandom random, Kind[] kinds) {
		List<MetricSpec> metrics = new ArrayList<>();
		for (int m = random.nextInt(1, 5); m > 0; m--) {
			metrics.add(new MetricSpec(kinds[random.nextInt(kinds.length)],
					Direction.values()[random.nextInt(Direction.values().length)], random.nextInt(4) == 0));
		}
		List<OrganisationSpec> organisations = new ArrayList<>();
		for (int o = random.nextInt(1, 9); o > 0; o--) {
			List<@Nullable Integer> raw = new ArrayList<>();
			for (int m = 0; m < metrics.size(); m++) {
				raw.add((random.nextInt(5) == 0) ? null : random.nextInt(-3, 11));
			}
			organisations.add(new OrganisationSpec(raw, random.nextInt(8) == 0, random.nextInt(8) == 0,
					(random.nextInt(7) == 0) ? random.nextInt(1, 6) : null));
		}
		SegmentMethod segmentMethod = random.nextBoolean() ? new SegmentMethod.Quartile()
				: Fixtures.NOF_2025_26_THRESHOLDS;
		BigDecimal coverage = new BigDecimal(List.of("0", "0.5", "1").get(random.nextInt(3)));
		return scenario(metrics, organisations, segmentMethod, coverage, random.nextLong(), random.nextBoolean());
	}

	private static Scenario scenario(List<MetricSpec> specs, List<OrganisationSpec> organisationSpecs,
			SegmentMethod segmentMethod, BigDecimal coverage, long seed, boolean useDeficitMetric) {
		var metrics = new ArrayList<MetricRule>();
		for (int m = 0; m < specs.size(); m++) {
			metrics.add(metricRule(m, specs.get(m)));
		}
		// The deficit metric must be higher-is-better (a negative value is a deficit):
		// use M0 when it is.
		MetricRule first = metrics.getFirst();
		boolean deficitMetricFits = useDeficitMetric && first.direction() == Direction.HIGHER_IS_BETTER
				&& specs.getFirst().kind() != Kind.CATEGORY && specs.getFirst().kind() != Kind.MANUAL;
		var rules = new FrameworkRules("PROPERTY", metrics, segmentMethod, coverage, 3,
				deficitMetricFits ? first.code() : null, new BootstrapSettings(1000, seed));
		var organisations = new ArrayList<OrganisationInput>();
		for (int o = 0; o < organisationSpecs.size(); o++) {
			OrganisationSpec spec = organisationSpecs.get(o);
			var observations = new HashMap<String, Observation>();
			for (int m = 0; m < specs.size(); m++) {
				Integer raw = spec.raw().get(m);
				if (raw != null) {
					observations.put(metrics.get(m).code(), observation(specs.get(m).kind(), raw));
				}
			}
			organisations.add(new OrganisationInput("T" + o, observations, spec.inDeficit(),
					spec.inRecoverySupport() ? new RecoverySupport("entered RSP") : null,
					spec.overriddenSegment() == null ? null
							: new ManualSegmentOverride(spec.overriddenSegment(), "panel", "approver")));
		}
		return new Scenario(rules, new LeagueInput("LEAGUE", "2025/26 Q1", organisations, Map.of()));
	}

	private static MetricRule metricRule(int index, MetricSpec spec) {
		String code = "M" + index;
		ScoringMethod method = switch (spec.kind()) {
			case CONTINUOUS -> ScoringMethod.Continuous.uncapped();
			case CONTINUOUS_CAPPED -> new ScoringMethod.Continuous(new PercentileCaps(10, 90));
			case RANKED -> new ScoringMethod.Ranked();
			case THRESHOLD -> spec.direction() == Direction.HIGHER_IS_BETTER
					? new ScoringMethod.Threshold(List.of(new ThresholdBand(8, Boundary.INCLUSIVE, 1),
							new ThresholdBand(5, Boundary.INCLUSIVE, 2), new ThresholdBand(2, Boundary.EXCLUSIVE, 3)),
							4)
					: new ScoringMethod.Threshold(List.of(new ThresholdBand(0, Boundary.INCLUSIVE, 1),
							new ThresholdBand(3, Boundary.INCLUSIVE, 2.5), new ThresholdBand(6, Boundary.EXCLUSIVE, 3)),
							4);
			case CATEGORY -> new ScoringMethod.Category(Map.of("Better", 1.0, "Same", 2.5, "Worse", 4.0));
			case MANUAL -> new ScoringMethod.Manual();
		};
		String item = spec.inCompositeItem() ? "COMPOSITE" : code;
		String domain = spec.inCompositeItem() ? "D0" : "D" + index % 2;
		return new MetricRule(code, "Metric " + index, domain, "%", spec.direction(), method, item);
	}

	private static Observation observation(Kind kind, int raw) {
		return switch (kind) {
			case CATEGORY -> new Observation.Categorical(CATEGORIES.get(Math.floorMod(raw, CATEGORIES.size())));
			case MANUAL ->
				new Observation.ManualScore(MANUAL_SCORES.get(Math.floorMod(raw, MANUAL_SCORES.size())), "panel");
			default -> new Observation.Numeric(raw);
		};
	}

	private static LeagueInput improve(Scenario scenario, String code, String metricCode, int improvement) {
		MetricRule metric = scenario.rules()
			.metrics()
			.stream()
			.filter(rule -> rule.code().equals(metricCode))
			.findFirst()
			.orElseThrow();
		var organisations = new ArrayList<OrganisationInput>();
		for (OrganisationInput organisation : scenario.league().organisations()) {
			if (organisation.code().equals(code)) {
				var observations = new HashMap<>(organisation.observations());
				double value = ((Observation.Numeric) observations.get(metricCode)).value();
				double better = metric.direction() == Direction.HIGHER_IS_BETTER ? value + improvement
						: value - improvement;
				observations.put(metricCode, new Observation.Numeric(better));
				organisation = new OrganisationInput(code, observations, organisation.declaredInDeficit(),
						organisation.recoverySupport(), organisation.manualOverride());
			}
			organisations.add(organisation);
		}
		LeagueInput league = scenario.league();
		return new LeagueInput(league.league(), league.period(), organisations, league.previousResults());
	}

	private static double metricScore(LeagueResult result, String code, String metricCode) {
		return Fixtures.row(result, code)
			.metrics()
			.stream()
			.filter(metric -> metric.metricCode().equals(metricCode))
			.findFirst()
			.orElseThrow()
			.score();
	}

	private static LeagueResult score(Scenario scenario) {
		return new LeagueTableScorer(scenario.rules()).score(scenario.league());
	}

}
