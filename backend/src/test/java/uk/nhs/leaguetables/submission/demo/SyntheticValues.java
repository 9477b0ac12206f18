package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.submission.demo.SubmissionRow.Key;
import uk.nhs.leaguetables.submission.demo.SubmissionRow.Status;

/**
 * Clearly labelled synthetic values for the metrics no real statistics in the shared data
 * folder measure. Each is a deterministic function of trust, metric and quarter:
 * <ul>
 * <li>a trust's latent performance (shared by all its metrics, so a trust good on one
 * metric tends to be good on others) plus a metric-specific part;</li>
 * <li>a random walk from quarter to quarter (annual metrics step once a financial year,
 * so they hold their value across its quarters);</li>
 * <li>mapped onto a plausible range for the metric ({@link Spread}), a category band, or
 * a manual score.</li>
 * </ul>
 */
final class SyntheticValues {

	private static final String LABEL = "SYNTHETIC: ";

	/** Two metrics of one trust correlate at about 0.6 x 0.6 = 0.36. */
	private static final double TRUST_PERFORMANCE_WEIGHT = 0.6;

	private static final double METRIC_WEIGHT = Math.sqrt(1 - TRUST_PERFORMANCE_WEIGHT * TRUST_PERFORMANCE_WEIGHT);

	/** Standard deviations of the latent score per step: visible, not erratic. */
	private static final double DRIFT_PER_STEP = 0.3;

	private static final String WITHIN_18_WEEKS = "OF0023";

	private static final String OVER_52_WEEKS = "OF0003";

	/**
	 * Percentage points of 18-week performance per standard deviation around the anchor.
	 */
	private static final double RTT_18_WEEKS_SPREAD_POINTS = 2.0;

	/** Relative spread of the (skewed) 52-week share around the anchor. */
	private static final double RTT_52_WEEKS_SPREAD_FACTOR = 0.3;

	/**
	 * A fixed offset from the anchor, smaller than the latent score's: the anchor is
	 * real.
	 */
	private static final double RTT_TRUST_OFFSET_WEIGHT = 0.5;

	/** Planned vs actual 18-week performance: a score and its justification. */
	private static final String MANUAL_SCORE_METRIC = "OF0106";

	/** Percentage points of 18-week performance ahead of plan per standard deviation. */
	private static final double PLAN_GAP_SPREAD = 2.5;

	private static final BigDecimal ON_PLAN_SCORE = new BigDecimal("2.5");

	private static final BigDecimal SCORE_PER_POINT_AHEAD = new BigDecimal("0.25");

	/**
	 * The catalogue applies these to acute trusts only where they run community (or
	 * children's mental health) services: multi-service acute trusts, in the demo.
	 */
	private static final Set<String> COMMUNITY_SERVICE_METRICS = Set.of("OF0005", "OF0041", "OF0057", "OF0063");

	private static final String MULTI_SERVICE_ACUTE = "Acute - Multi-Service";

	/** Crisis care, community mental health survey, young people's access. */
	private static final Set<String> MENTAL_HEALTH_SERVICE_METRICS = Set.of("OF0016", "OF0035", "OF0041");

	private static final String COMMUNITY_TRUST = "community";

	private final Map<String, RttPosition> rttPositions;

	private final RttPosition medianAcuteRttPosition;

	SyntheticValues(Map<String, RttPosition> rttPositions, List<DemoTrust> trusts) {
		this.rttPositions = rttPositions;
		this.medianAcuteRttPosition = RttPosition.median(trusts.stream()
			.filter((trust) -> trust.league() == League.ACUTE && rttPositions.containsKey(trust.code()))
			.map((trust) -> rttPositions.get(trust.code()))
			.toList());
	}

	SubmissionRow row(Key key, DemoTrust trust, Metric metric) {
		Optional<String> notProvided = serviceNotProvided(trust, metric.id());
		if (notProvided.isPresent()) {
			return SubmissionRow.without(key, Status.NOT_APPLICABLE, LABEL + "not applicable: " + notProvided.get());
		}
		if (metric.id().equals(WITHIN_18_WEEKS) || metric.id().equals(OVER_52_WEEKS)) {
			return rtt(key, trust, metric);
		}
		double performance = performance(trust, metric, key.period());
		if (metric.id().equals(MANUAL_SCORE_METRIC)) {
			return manualScore(key, performance);
		}
		if (!metric.categories().isEmpty()) {
			return SubmissionRow.category(key, category(metric, performance),
					LABEL + "generated demo band, not NHS data");
		}
		double directed = (metric.direction() == Metric.Direction.HIGHER_IS_BETTER) ? performance : -performance;
		return SubmissionRow.value(key, spread(metric.id(), trust.league()).value(directed),
				LABEL + "generated demo value, not NHS data");
	}

	private static Optional<String> serviceNotProvided(DemoTrust trust, String metricId) {
		if (trust.league() == League.ACUTE && COMMUNITY_SERVICE_METRICS.contains(metricId)
				&& !trust.subtype().equals(MULTI_SERVICE_ACUTE)) {
			return Optional.of("acute trust without community or children's mental health services"
					+ " (in the demo only multi-service acute trusts report this metric)");
		}
		if (trust.type().equals(COMMUNITY_TRUST) && MENTAL_HEALTH_SERVICE_METRICS.contains(metricId)) {
			return Optional.of("community trust without mental health services");
		}
		return Optional.empty();
	}

	/** Standard normal-ish score, positive = better performance. */
	private static double performance(DemoTrust trust, Metric metric, DemoPeriod period) {
		return TRUST_PERFORMANCE_WEIGHT * DeterministicRandom.gaussian("trust", trust.code())
				+ METRIC_WEIGHT * DeterministicRandom.gaussian("metric", trust.code(), metric.id())
				+ drift(trust, metric, period);
	}

	private static double drift(DemoTrust trust, Metric metric, DemoPeriod period) {
		int steps = (metric.basis() == Metric.Basis.ANNUAL) ? period.yearsIntoDemo() : period.quartersIntoDemo();
		return IntStream.rangeClosed(1, steps)
			.mapToDouble(
					(step) -> DRIFT_PER_STEP * DeterministicRandom.gaussian("drift", trust.code(), metric.id(), step))
			.sum();
	}

	/**
	 * The trust's April 2026 level (the median acute trust's when it has none) plus a
	 * fixed offset and its quarter-to-quarter drift, without the latent performance: the
	 * anchor already is real.
	 */
	private SubmissionRow rtt(Key key, DemoTrust trust, Metric metric) {
		RttPosition anchor = rttPositions.get(trust.code());
		RttPosition position = (anchor != null) ? anchor : medianAcuteRttPosition;
		String comment = LABEL + ((anchor != null) ? "anchored on the trust's April 2026 RTT position"
				: "no April 2026 RTT position for this trust; anchored on the median acute trust's");
		Spread spread = metric.id().equals(WITHIN_18_WEEKS)
				? Spread.additive(position.within18WeeksPercent(), RTT_18_WEEKS_SPREAD_POINTS, 0, 100)
				: Spread.multiplicative(position.over52WeeksPercent(), RTT_52_WEEKS_SPREAD_FACTOR, 0, 100);
		double wobble = RTT_TRUST_OFFSET_WEIGHT * DeterministicRandom.gaussian("metric", trust.code(), metric.id())
				+ drift(trust, metric, key.period());
		return SubmissionRow.value(key, spread.value(wobble), comment);
	}

	/**
	 * An assessor's score for 18-week performance against plan: 2.50 on plan, a quarter
	 * point better (lower) per percentage point ahead of plan, within 1.00-4.00.
	 */
	private static SubmissionRow manualScore(Key key, double performance) {
		BigDecimal pointsAheadOfPlan = BigDecimal.valueOf(PLAN_GAP_SPREAD * performance)
			.setScale(1, RoundingMode.HALF_UP);
		BigDecimal score = ON_PLAN_SCORE.subtract(pointsAheadOfPlan.multiply(SCORE_PER_POINT_AHEAD))
			.max(BigDecimal.ONE)
			.min(BigDecimal.valueOf(4))
			.setScale(2, RoundingMode.HALF_UP);
		String position = switch (pointsAheadOfPlan.signum()) {
			case 1 -> pointsAheadOfPlan + " percentage points ahead of plan";
			case -1 -> pointsAheadOfPlan.negate() + " percentage points behind plan";
			default -> "on plan";
		};
		return SubmissionRow.manualScore(key, score,
				LABEL + "demo assessor judgement (no NHS plan data): 18-week performance " + position);
	}

	/**
	 * The band whose share of trusts, counted from the best band, holds the trust's
	 * performance.
	 */
	private static String category(Metric metric, double performance) {
		List<Double> shares = categoryShares(metric.id());
		if (shares.size() != metric.categories().size()) {
			throw new IllegalStateException("Shares do not match the categories of " + metric.id());
		}
		double shareDoingBetter = 1 - standardNormalCdf(performance);
		double cumulative = 0;
		for (int band = 0; band < shares.size() - 1; band++) {
			cumulative += shares.get(band);
			if (shareDoingBetter < cumulative) {
				return metric.categories().get(band);
			}
		}
		return metric.categories().getLast();
	}

	/** Shares of trusts per category, best first (as in metric_category.csv). */
	private static List<Double> categoryShares(String metricId) {
		return switch (metricId) {
			// CQC survey bands: most trusts "About the same"
			case "OF0035", "OF0069" -> List.of(0.01, 0.04, 0.08, 0.70, 0.09, 0.05, 0.03);
			// SHMI: lower than / as / higher than expected
			case "OF0046" -> List.of(0.07, 0.83, 0.10);
			// CQC safe: outstanding, good, requires improvement, inadequate
			case "OF0067" -> List.of(0.03, 0.50, 0.40, 0.07);
			default -> throw new IllegalStateException("No synthetic bands for " + metricId);
		};
	}

	/** Typical values and spreads of recent NHS figures; ranges clamp the tails. */
	private static Spread spread(String metricId, League league) {
		return switch (metricId) {
			// % waiting over 52 weeks for community services: most near 0, a long tail
			case "OF0005" -> Spread.multiplicative(0.8, 0.8, 0, 10);
			// % of mental health crisis referrals seen face to face within 24 hours
			case "OF0016" -> Spread.additive(78, 9, 40, 99);
			// MRSA bacteraemia cases in 12 months
			case "OF0020" -> Spread.count(2, 2, 0, 25);
			// days from discharge ready date to discharge
			case "OF0025" -> Spread.multiplicative(1.0, 0.45, 0.1, 6);
			// % of ambulance patients conveyed to an emergency department
			case "OF0028" -> Spread.additive(52, 4, 38, 66);
			// annual change in young people accessing mental health services, pp
			case "OF0041" -> Spread.additive(5, 8, -30, 60);
			// staff survey scores out of 10 (ambulance trusts score lower)
			case "OF0047" -> Spread.additive(5.9, 0.3, 4.5, 7.5);
			case "OF0061" -> Spread.additive((league == League.AMBULANCE) ? 5.9 : 6.5, 0.25, 5, 8);
			case "OF0084" -> Spread.additive((league == League.AMBULANCE) ? 6.1 : 6.9, 0.22, 5, 8.5);
			// E. coli and C. difficile cases over the trust's threshold (1 = at it)
			case "OF0048", "OF0088" -> Spread.multiplicative(1.1, 0.25, 0.3, 3.5);
			// % urgent community response within 2 hours
			case "OF0057" -> Spread.additive(84, 6, 50, 99.5);
			// % of inpatients staying over 60 days: few in acute, many in mental health
			case "OF0063" ->
				(league == League.ACUTE) ? Spread.multiplicative(2, 0.4, 0.2, 10) : Spread.additive(22, 8, 2, 60);
			// planned surplus as % of income: about 1 trust in 5 plans a deficit (< 0)
			case "OF0079" -> Spread.additive(0.75, 1.1, -6, 4);
			// year-to-date variance to the financial plan, % of income
			case "OF0081" -> Spread.additive(0.1, 0.8, -6, 3);
			// implied productivity growth, %
			case "OF0085" -> Spread.additive(1.5, 2.5, -10, 12);
			// relative cost index, 100 = national average
			case "OF0086" -> Spread.additive(100, 8, 70, 140);
			default -> throw new IllegalStateException("No synthetic profile for " + metricId);
		};
	}

	/** Abramowitz and Stegun 7.1.26 (error below 1.5e-7); StrictMath, as above. */
	private static double standardNormalCdf(double z) {
		double x = Math.abs(z) / Math.sqrt(2);
		double t = 1 / (1 + 0.3275911 * x);
		double polynomial = t
				* (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
		double erf = 1 - polynomial * StrictMath.exp(-x * x);
		return (z >= 0) ? (1 + erf) / 2 : (1 - erf) / 2;
	}

}
