package uk.nhs.leaguetables.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.result.ContinuousScale;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.MetricSummary;
import uk.nhs.leaguetables.scoring.result.ValueStatistics;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.PercentileCaps;
import uk.nhs.leaguetables.scoring.rules.ScoreRange;
import uk.nhs.leaguetables.scoring.rules.ScoreScale;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;
import uk.nhs.leaguetables.scoring.rules.TiePosition;

/**
 * The metric scoring methods of §3 and each metric's peer statistics and ranks. The peer
 * set is every organisation in the league with an observation for the metric;
 * organisations without one are left out, never imputed.
 */
final class MetricScoring {

	private MetricScoring() {
	}

	/**
	 * One metric across the league.
	 *
	 * @param resultByOrganisation aligned with the observations scored; {@code null}
	 * where there was none
	 */
	record ScoredMetric(MetricSummary summary, List<@Nullable MetricResult> resultByOrganisation) {
	}

	/** A peer's score and the method's arithmetic in words. */
	private record PeerScore(double score, String derivation) {
	}

	/**
	 * How a numeric method scores the k-th peer, whose value prints as {@code valueText}.
	 */
	private interface ValueScorer {

		PeerScore score(int k, String valueText);

	}

	/**
	 * Scores one metric; {@code observations} holds each organisation's observation, or
	 * {@code null} for none.
	 */
	static ScoredMetric score(MetricRule metric, List<@Nullable Observation> observations) {
		int[] peers = IntStream.range(0, observations.size()).filter(i -> observations.get(i) != null).toArray();
		return switch (metric.method()) {
			case ScoringMethod.OfValues method -> scoreValues(metric, method, observations, peers);
			case ScoringMethod.Category method -> scoreByCategory(metric, method, observations, peers);
			case ScoringMethod.Manual method -> scoreManually(metric, observations, peers);
		};
	}

	/**
	 * CONTINUOUS, RANKED and THRESHOLD: numeric values, ranked best first by the metric's
	 * direction.
	 */
	private static ScoredMetric scoreValues(MetricRule metric, ScoringMethod.OfValues method,
			List<@Nullable Observation> observations, int[] peers) {
		Direction direction = metric.direction();
		double[] values = new double[peers.length];
		double[] bestFirstKeys = new double[peers.length];
		for (int k = 0; k < peers.length; k++) {
			values[k] = ((Observation.Numeric) Objects.requireNonNull(observations.get(peers[k]))).value();
			bestFirstKeys[k] = direction.bestFirstKey(values[k]);
		}
		double[] positions = method instanceof ScoringMethod.Ranked(TiePosition ties) && ties == TiePosition.FIRST
				? Arrays.stream(Ranking.competitionRanks(bestFirstKeys)).asDoubleStream().toArray()
				: Ranking.meanPositions(bestFirstKeys);
		if (peers.length == 0) {
			return assemble(metric, observations, peers, bestFirstKeys, positions, new PeerScore[0], new String[0],
					null, null);
		}
		double[] ascending = values.clone();
		Arrays.sort(ascending);
		ContinuousScale scale = method instanceof ScoringMethod.Continuous continuous
				? continuousScale(ascending, direction, continuous.caps()) : null;
		ValueScorer scorer = switch (method) {
			case ScoringMethod.Continuous continuous -> {
				var formula = Explanations.continuousFormula(Objects.requireNonNull(scale), continuous.caps());
				yield (k, valueText) -> continuous(values[k], valueText, formula);
			}
			case ScoringMethod.Ranked ranked -> (k, valueText) -> ranked(positions[k], peers.length);
			case ScoringMethod.TargetThenRanked target -> targetThenRanked(target, direction, values, bestFirstKeys);
			case ScoringMethod.Threshold threshold -> (k, valueText) -> threshold(values[k], threshold, direction);
		};
		var peerScores = new PeerScore[peers.length];
		var observedTexts = new String[peers.length];
		for (int k = 0; k < peers.length; k++) {
			String valueText = Explanations.number(values[k]);
			observedTexts[k] = Explanations.withUnit(valueText, metric.unit());
			peerScores[k] = scorer.score(k, valueText);
		}
		return assemble(metric, observations, peers, bestFirstKeys, positions, peerScores, observedTexts,
				PeerStatistics.summarise(ascending, direction), scale);
	}

	/**
	 * CATEGORY: the category's score, or a score published in place of the category (NHS
	 * England publishes some survey and inspection items as scores only).
	 */
	private static ScoredMetric scoreByCategory(MetricRule metric, ScoringMethod.Category method,
			List<@Nullable Observation> observations, int[] peers) {
		var peerScores = new PeerScore[peers.length];
		var observedTexts = new String[peers.length];
		for (int k = 0; k < peers.length; k++) {
			switch (Objects.requireNonNull(observations.get(peers[k]))) {
				case Observation.Categorical(String category) -> {
					// InputValidation has rejected categories the method does not score.
					double score = Objects.requireNonNull(method.scoreByCategory().get(category));
					peerScores[k] = new PeerScore(score, Explanations.category(category, score));
					observedTexts[k] = category;
				}
				case Observation.ManualScore manual -> {
					peerScores[k] = new PeerScore(manual.score(),
							Explanations.manual(manual.score(), manual.justification()));
					observedTexts[k] = "the published score";
				}
				case Observation.Numeric numeric ->
					throw new IllegalStateException("InputValidation rejects values for CATEGORY metrics");
			}
		}
		return scoreRankedByScore(metric, observations, peers, peerScores, observedTexts);
	}

	private static ScoredMetric scoreManually(MetricRule metric, List<@Nullable Observation> observations,
			int[] peers) {
		var peerScores = new PeerScore[peers.length];
		var observedTexts = new String[peers.length];
		for (int k = 0; k < peers.length; k++) {
			var manual = (Observation.ManualScore) Objects.requireNonNull(observations.get(peers[k]));
			peerScores[k] = new PeerScore(manual.score(), Explanations.manual(manual.score(), manual.justification()));
			observedTexts[k] = "the manual score";
		}
		return scoreRankedByScore(metric, observations, peers, peerScores, observedTexts);
	}

	/**
	 * CATEGORY and MANUAL metrics have no numeric value: their rank orders the scores,
	 * 1.00 first.
	 */
	private static ScoredMetric scoreRankedByScore(MetricRule metric, List<@Nullable Observation> observations,
			int[] peers, PeerScore[] peerScores, String[] observedTexts) {
		double[] scores = Arrays.stream(peerScores).mapToDouble(PeerScore::score).toArray();
		return assemble(metric, observations, peers, scores, Ranking.meanPositions(scores), peerScores, observedTexts,
				null, null);
	}

	private static ScoredMetric assemble(MetricRule metric, List<@Nullable Observation> observations, int[] peers,
			double[] bestFirstKeys, double[] positions, PeerScore[] peerScores, String[] observedTexts,
			@Nullable ValueStatistics statistics, @Nullable ContinuousScale scale) {
		int[] ranks = Ranking.competitionRanks(bestFirstKeys);
		var results = new ArrayList<@Nullable MetricResult>(observations.size());
		for (int i = 0; i < observations.size(); i++) {
			results.add(null);
		}
		for (int k = 0; k < peers.length; k++) {
			boolean tied = positions[k] != ranks[k];
			String explanation = Explanations.standing(observedTexts[k], ranks[k], tied, peers.length) + "; "
					+ peerScores[k].derivation() + Explanations.caveat(metric.caveat());
			results.set(peers[k],
					new MetricResult(metric.code(), metric.scoredItemCode(),
							Objects.requireNonNull(observations.get(peers[k])), peers.length, ranks[k], positions[k],
							peerScores[k].score(), metric.method().label(), explanation));
		}
		var summary = new MetricSummary(metric.code(), metric.name(), metric.domain(), metric.unit(),
				metric.method().label(), peers.length, statistics, scale, metric.peerPool().label());
		return new ScoredMetric(summary, results);
	}

	/**
	 * The values the CONTINUOUS scale runs between: the best and worst peer values, or
	 * with caps the peer values' percentiles, the upper one being best when higher is
	 * better.
	 */
	private static ContinuousScale continuousScale(double[] ascending, Direction direction,
			@Nullable PercentileCaps caps) {
		double low = caps == null ? ascending[0] : PeerStatistics.quantile(ascending, caps.lowerPercentile() / 100);
		double high = caps == null ? ascending[ascending.length - 1]
				: PeerStatistics.quantile(ascending, caps.upperPercentile() / 100);
		return direction == Direction.HIGHER_IS_BETTER ? new ContinuousScale(high, low)
				: new ContinuousScale(low, high);
	}

	/**
	 * §3 CONTINUOUS: 1 + 3 × (value − best) / (worst − best), bounded to [1, 4]; 1.00 for
	 * all when best = worst.
	 */
	private static PeerScore continuous(double value, String valueText, Explanations.ContinuousFormula formula) {
		ContinuousScale scale = formula.scale();
		double unbounded = scale.best() == scale.worst() ? ScoreScale.BEST
				: ScoreScale.BEST + 3 * (value - scale.best()) / (scale.worst() - scale.best());
		double score = Math.clamp(unbounded, ScoreScale.BEST, ScoreScale.WORST);
		return new PeerScore(score, formula.explain(valueText, unbounded, score));
	}

	/**
	 * §3 RANKED: 1 + 3 × (r − 1) / (n − 1) with r the mean position of tied values; a
	 * lone peer scores 1.00.
	 */
	private static PeerScore ranked(double position, int peerCount) {
		double score = peerCount == 1 ? ScoreScale.BEST : ScoreScale.BEST + 3 * (position - 1) / (peerCount - 1);
		return new PeerScore(score, Explanations.ranked(position, peerCount, score));
	}

	/**
	 * §3 TARGET_THEN_RANKED: the peers meeting the standard and those missing it are each
	 * ranked (ties at their first position) and spread over their group's score range.
	 */
	private static ValueScorer targetThenRanked(ScoringMethod.TargetThenRanked target, Direction direction,
			double[] values, double[] bestFirstKeys) {
		boolean[] meets = new boolean[values.length];
		int meetingCount = 0;
		for (int k = 0; k < values.length; k++) {
			meets[k] = reaches(values[k], new ThresholdBand(target.standard(), target.boundary(), ScoreScale.BEST),
					direction);
			meetingCount += meets[k] ? 1 : 0;
		}
		double[] meetingKeys = new double[meetingCount];
		double[] missingKeys = new double[values.length - meetingCount];
		for (int k = 0, m = 0, x = 0; k < values.length; k++) {
			if (meets[k]) {
				meetingKeys[m++] = bestFirstKeys[k];
			}
			else {
				missingKeys[x++] = bestFirstKeys[k];
			}
		}
		double[] meetingSorted = meetingKeys.clone();
		double[] missingSorted = missingKeys.clone();
		Arrays.sort(meetingSorted);
		Arrays.sort(missingSorted);
		return (k, valueText) -> {
			double[] group = meets[k] ? meetingSorted : missingSorted;
			ScoreRange range = meets[k] ? target.meeting() : target.missing();
			int position = 1 + Ranking.countBelow(group, bestFirstKeys[k]);
			double score = range.at(position, group.length);
			return new PeerScore(score, Explanations.targetThenRanked(meets[k], target, position, group.length, score));
		};
	}

	/**
	 * §3 THRESHOLD: the first band from best to worst that the value reaches, else the
	 * score below every cut-off.
	 */
	private static PeerScore threshold(double value, ScoringMethod.Threshold method, Direction direction) {
		for (ThresholdBand band : method.bands()) {
			if (reaches(value, band, direction)) {
				return new PeerScore(band.score(), Explanations.thresholdReached(band, direction, band.score()));
			}
		}
		ThresholdBand last = method.bands().getLast();
		return new PeerScore(method.otherwiseScore(),
				Explanations.thresholdMissed(last, direction, method.otherwiseScore()));
	}

	private static boolean reaches(double value, ThresholdBand band, Direction direction) {
		boolean beyond = direction == Direction.HIGHER_IS_BETTER ? value > band.cutOff() : value < band.cutOff();
		return beyond || (value == band.cutOff() && band.boundary() == Boundary.INCLUSIVE);
	}

}
