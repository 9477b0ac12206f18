package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.AverageScores.OrganisationScores;
import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.result.Adjustment;
import uk.nhs.leaguetables.scoring.result.ItemScore;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.LikelyRange;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.MetricSummary;
import uk.nhs.leaguetables.scoring.result.Movement;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;

/**
 * Computes a league table under one framework version: the entry point of the scoring
 * engine. The result is a pure function of the rules and the league input, whatever order
 * organisations, metrics and observations arrive in (§8). Instances are immutable and may
 * score several leagues concurrently.
 */
public final class LeagueTableScorer {

	private final FrameworkRules rules;

	private final List<MetricRule> metricsInCodeOrder;

	private final Map<String, MetricRule> metricsByCode;

	private final Map<String, String> domainByItem;

	public LeagueTableScorer(FrameworkRules rules) {
		this.rules = rules;
		this.metricsInCodeOrder = rules.metrics().stream().sorted(Comparator.comparing(MetricRule::code)).toList();
		this.metricsByCode = rules.metrics().stream().collect(Collectors.toMap(MetricRule::code, Function.identity()));
		this.domainByItem = rules.metrics()
			.stream()
			.collect(Collectors.toMap(MetricRule::scoredItemCode, MetricRule::domain, (first, same) -> first));
	}

	/** What the engine knows of one organisation before segmenting it. */
	private record Row(OrganisationInput input, List<MetricResult> metrics, OrganisationScores scores,
			Adjustments.Plan adjustments) {
	}

	/**
	 * What every league scored together shares before each table is finished: peer-pool
	 * scores, each organisation's items and average, coverage, cut-offs and the digest.
	 */
	private record Together(List<LeagueInput> leagues, List<String> leagueNames, String inputDigest,
			PooledMetrics pooled, List<List<Row>> rowsByLeague, List<boolean[]> segmentedByLeague,
			int[] leagueItemCounts, CutOffsByLeague cutOffs) {
	}

	/** One league scored on its own: its pools and cut-offs are its own organisations. */
	public LeagueResult score(LeagueInput league) {
		return scoreTogether(List.of(league)).getFirst();
	}

	/**
	 * Leagues of one period scored together: a metric's peer pool may span them (§3), and
	 * under POOLED_QUARTILES their averages share the segment cut-offs (§5.1). Each
	 * league keeps its own table, ranks and adjustments. Results come in the order given.
	 */
	public List<LeagueResult> scoreTogether(List<LeagueInput> leagues) {
		Together together = together(leagues);
		var results = new ArrayList<LeagueResult>(leagues.size());
		for (int l = 0; l < leagues.size(); l++) {
			results.add(leagueResult(together, l));
		}
		return results;
	}

	/**
	 * The table of {@code league}, one of the leagues scored together with it: the same
	 * as its element of {@link #scoreTogether}, without finishing (likely ranges,
	 * explanations) the tables of the others.
	 */
	public LeagueResult scoreAmong(List<LeagueInput> scoredTogether, LeagueInput league) {
		int index = scoredTogether.indexOf(league);
		if (index < 0) {
			throw new IllegalArgumentException("league " + league.league() + " is not among the leagues scored");
		}
		return leagueResult(together(scoredTogether), index);
	}

	private Together together(List<LeagueInput> leagues) {
		requireOnePeriodDistinctLeagues(leagues);
		List<List<OrganisationInput>> organisationsByLeague = leagues.stream()
			.map(league -> league.organisations()
				.stream()
				.sorted(Comparator.comparing(OrganisationInput::code))
				.toList())
			.toList();
		organisationsByLeague.forEach(organisations -> organisations.forEach(organisation -> InputValidation
			.requireScorable(organisation, metricsByCode, rules.deficitMetricCode())));

		// §3: each metric across its peer pools; §3 composites and §4: each
		// organisation's items and average.
		PooledMetrics pooled = PooledMetrics.score(metricsInCodeOrder, leagues, organisationsByLeague);
		var rowsByLeague = new ArrayList<List<Row>>(leagues.size());
		var segmentedByLeague = new ArrayList<boolean[]>(leagues.size());
		var leagueItemCounts = new int[leagues.size()];
		for (int l = 0; l < leagues.size(); l++) {
			List<OrganisationInput> organisations = organisationsByLeague.get(l);
			var rows = new ArrayList<Row>(organisations.size());
			for (int i = 0; i < organisations.size(); i++) {
				List<MetricResult> metrics = pooled.resultsOf(l, i);
				rows.add(new Row(organisations.get(i), metrics,
						AverageScores.summarise(metrics, domainByItem, rules::combinationOf),
						Adjustments.planFor(organisations.get(i), rules)));
			}
			// §4 minimum coverage, then §5 and §6 on the organisations it leaves
			// segmented.
			leagueItemCounts[l] = AverageScores.leagueScoredItems(rows.stream().map(Row::scores).toList());
			boolean[] segmented = new boolean[rows.size()];
			for (int i = 0; i < rows.size(); i++) {
				segmented[i] = AverageScores.meetsMinimumCoverage(rows.get(i).scores().itemCount(), leagueItemCounts[l],
						rules.minimumCoverage());
			}
			rowsByLeague.add(rows);
			segmentedByLeague.add(segmented);
		}
		CutOffsByLeague cutOffs = CutOffsByLeague.of(rules.segmentMethod(),
				rowsByLeague.stream().map(rows -> rows.stream().map(Row::scores).toList()).toList(), segmentedByLeague);
		return new Together(leagues, leagues.stream().map(LeagueInput::league).sorted().toList(),
				InputDigest.of(rules, leagues), pooled, rowsByLeague, segmentedByLeague, leagueItemCounts, cutOffs);
	}

	/** §5–§9 for the l-th league of those scored together. */
	private LeagueResult leagueResult(Together together, int l) {
		return leagueResult(together.leagues().get(l), together.rowsByLeague().get(l),
				together.segmentedByLeague().get(l), together.leagueItemCounts()[l], together.cutOffs().averages(l),
				together.cutOffs().domains(l), together.inputDigest(), together.pooled().summariesOf(l),
				together.leagueNames());
	}

	private LeagueResult leagueResult(LeagueInput league, List<Row> rows, boolean[] segmented, int leagueScoredItems,
			@Nullable SegmentCutOffs cutOffs, Map<String, SegmentCutOffs> domainCutOffs, String inputDigest,
			List<MetricSummary> metricSummaries, List<String> scoredTogether) {
		Placement[] placements = place(rows, segmented, leagueScoredItems, cutOffs);
		// §9 likely ranges, §7 movement and §8 explanations.
		List<@Nullable LikelyRange> likelyRanges = LikelyRanges.estimate(subjectsOf(rows, placements), cutOffs,
				rules.bootstrap());
		var results = new ArrayList<OrganisationResult>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Movement movement = Movements.since(league.previousResults().get(row.input().code()), placements[i]);
			LikelyRange likelyRange = likelyRanges.get(i);
			results.add(new OrganisationResult(row.input().code(), row.metrics(), row.scores().items(),
					Segmentation.segmentDomains(row.scores().domains(), domainCutOffs), row.scores().average(),
					row.adjustments().inDeficit(), row.adjustments().inRecoverySupport(), placements[i], movement,
					likelyRange, explain(row, placements[i], movement, likelyRange, cutOffs, scoredTogether)));
		}
		// A stable sort: organisations sharing a position stay in code order.
		results.sort(Comparator.comparingInt(LeagueTableScorer::tablePosition));
		return new LeagueResult(rules.version(), league.league(), league.period(), inputDigest, cutOffs,
				leagueScoredItems, metricSummaries, results, domainCutOffs, Segmentation.label(rules.segmentMethod()));
	}

	private static void requireOnePeriodDistinctLeagues(List<LeagueInput> leagues) {
		if (leagues.isEmpty()) {
			throw new IllegalArgumentException("no league to score");
		}
		String period = leagues.getFirst().period();
		var names = new HashSet<String>();
		for (LeagueInput league : leagues) {
			if (!league.period().equals(period)) {
				throw new IllegalArgumentException(
						"leagues scored together must share a period: " + period + " and " + league.period());
			}
			if (!names.add(league.league())) {
				throw new IllegalArgumentException("league " + league.league() + " appears twice");
			}
		}
	}

	/**
	 * §5 and §6: segments, adjustments and ranks of the segmented organisations; the
	 * others with their reason.
	 */
	private Placement[] place(List<Row> rows, boolean[] segmented, int leagueScoredItems,
			@Nullable SegmentCutOffs cutOffs) {
		int[] ranked = IntStream.range(0, rows.size()).filter(i -> segmented[i]).toArray();
		int[] scoreSegments = new int[ranked.length];
		int[] finalSegments = new int[ranked.length];
		double[] averages = new double[ranked.length];
		double[] leagueKeys = new double[ranked.length];
		double[] upperBounds = ranked.length == 0 ? new double[0]
				: Segmentation.upperBounds(Objects.requireNonNull(cutOffs));
		for (int k = 0; k < ranked.length; k++) {
			Row row = rows.get(ranked[k]);
			BigDecimal average = Objects.requireNonNull(row.scores().average());
			averages[k] = average.doubleValue();
			scoreSegments[k] = Segmentation.scoreSegment(upperBounds, averages[k]);
			finalSegments[k] = row.adjustments().finalSegment(scoreSegments[k]);
			leagueKeys[k] = Ranking.leagueKey(finalSegments[k], average.movePointRight(2).intValueExact());
		}
		int[] leagueRanks = Ranking.competitionRanks(leagueKeys);
		int[] averageRanks = Ranking.competitionRanks(averages);

		Placement[] placements = new Placement[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			placements[i] = new Placement.NotSegmented(Explanations.notSegmented(rows.get(i).scores().itemCount(),
					rules.minimumCoverage(), leagueScoredItems));
		}
		boolean cutOffsMoveWithLeague = !(rules.segmentMethod() instanceof SegmentMethod.Thresholds);
		for (int k = 0; k < ranked.length; k++) {
			Row row = rows.get(ranked[k]);
			List<Adjustment> adjustments = row.adjustments().applyTo(scoreSegments[k]);
			placements[ranked[k]] = new Placement.Segmented(scoreSegments[k], adjustments, finalSegments[k],
					leagueRanks[k], averageRanks[k],
					Segmentation.distanceToNextSegment(Objects.requireNonNull(row.scores().average()), scoreSegments[k],
							adjustments, finalSegments[k], Objects.requireNonNull(cutOffs), cutOffsMoveWithLeague));
		}
		return placements;
	}

	private String explain(Row row, Placement placement, Movement movement, @Nullable LikelyRange likelyRange,
			@Nullable SegmentCutOffs cutOffs, List<String> scoredTogether) {
		var sentences = new ArrayList<String>();
		OrganisationScores scores = row.scores();
		if (scores.average() != null) {
			sentences.add(Explanations.average(scores.average(), scores.itemScoreSum(), scores.itemCount()));
		}
		switch (placement) {
			case Placement.NotSegmented notSegmented -> sentences.add(notSegmented.reason());
			case Placement.Segmented segmented -> {
				sentences
					.add(Explanations.scoreSegment(segmented.scoreSegment(), Objects.requireNonNull(scores.average()),
							Objects.requireNonNull(cutOffs), Segmentation.label(rules.segmentMethod())));
				if (rules.segmentMethod() instanceof SegmentMethod.PooledQuartiles) {
					sentences.add(Explanations.pooledCutOffs(scoredTogether));
				}
				segmented.adjustments().forEach(adjustment -> sentences.add(Explanations.adjustment(adjustment)));
				sentences
					.add(Explanations.placement(segmented.finalSegment(), segmented.rank(), segmented.rankByAverage()));
				if (segmented.distanceToNextSegment() != null) {
					sentences.add(segmented.distanceToNextSegment().explanation());
				}
			}
		}
		sentences.add(Explanations.movement(movement));
		List<String> assumed = row.metrics()
			.stream()
			.map(MetricResult::metricCode)
			.filter(code -> metricsByCode.get(code).caveat() != null)
			.toList();
		if (!assumed.isEmpty()) {
			sentences.add(Explanations.assumedRules(assumed));
		}
		if (likelyRange != null) {
			sentences.add(Explanations.likelyRange(likelyRange));
		}
		return String.join(" ", sentences);
	}

	private static List<LikelyRanges.Subject> subjectsOf(List<Row> rows, Placement[] placements) {
		var subjects = new ArrayList<LikelyRanges.Subject>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			double[] itemScores = row.scores().items().stream().mapToDouble(ItemScore::score).toArray();
			subjects.add(switch (placements[i]) {
				case Placement.Segmented segmented -> new LikelyRanges.Subject(row.input().code(), itemScores,
						row.adjustments(), segmented.scoreSegment());
				case Placement.NotSegmented notSegmented ->
					new LikelyRanges.Subject(row.input().code(), itemScores, null, 0);
			});
		}
		return subjects;
	}

	/** §6 table order: ranked organisations by rank, then the not-segmented ones. */
	private static int tablePosition(OrganisationResult result) {
		return result.placement() instanceof Placement.Segmented segmented ? segmented.rank() : Integer.MAX_VALUE;
	}

}
