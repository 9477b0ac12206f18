package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.result.LikelyRange;
import uk.nhs.leaguetables.scoring.result.ScoreDecimals;
import uk.nhs.leaguetables.scoring.rules.BootstrapSettings;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.Segments;

/**
 * Likely ranges of score and rank (§9), by a bootstrap anyone can reproduce:
 * <ol>
 * <li>Each organisation draws from its own random stream: {@link SplittableRandom}
 * (SplitMix64) seeded with the framework seed XOR the 64-bit FNV-1a hash of the UTF-8
 * organisation code, so no result depends on the order organisations arrive in.</li>
 * <li>A replicate resamples the organisation's n scored items (in item code order) with
 * replacement: each {@code nextLong()} gives two draws, its high then its low 32 bits r
 * each picking item ⌊r × n / 2³²⌋ (a bias below n / 2³², negligible beside the Monte
 * Carlo error); when n is odd the last draw takes the high bits of one more
 * {@code nextLong()}.</li>
 * <li>The replicate is scored exactly as the table is: the drawn items' scores as
 * 12-place decimals, their mean rounded half-up to 2 places (§4), segmented with the
 * period's cut-offs (§5.1), adjusted by the organisation's own adjustments (§5.2), and
 * ranked by final segment then average against the same-numbered replicate of every other
 * segmented organisation, ties sharing a rank (§6).</li>
 * <li>The range runs from the 2.5th to the 97.5th percentile (type 7) of the replicate
 * averages, rounded half-up to 2 places, and of the replicate ranks, widened to whole
 * ranks.</li>
 * </ol>
 * Everything runs on primitive arrays in exact integer arithmetic: a league of 10,000
 * organisations with 1,000 replicates ranks ten million rows, by counting rather than
 * sorting.
 */
final class LikelyRanges {

	private static final double LOWER_PERCENTILE = 0.025;

	private static final double UPPER_PERCENTILE = 0.975;

	private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private LikelyRanges() {
	}

	/**
	 * One organisation as the bootstrap sees it.
	 *
	 * @param itemScores its scored items' scores in item code order
	 * @param adjustments its adjustments, or {@code null} when it is not segmented (then
	 * it has no rank)
	 * @param scoreSegment its official score segment, for the confidence flag; 0 when not
	 * segmented
	 */
	record Subject(String code, double[] itemScores, Adjustments.@Nullable Plan adjustments, int scoreSegment) {
	}

	/**
	 * The likely range of each subject, in the same order; {@code null} for a subject
	 * with no scored item.
	 */
	static List<@Nullable LikelyRange> estimate(List<Subject> subjects, @Nullable SegmentCutOffs cutOffs,
			BootstrapSettings settings) {
		int[][] replicateAverages = new int[subjects.size()][];
		for (int i = 0; i < subjects.size(); i++) {
			Subject subject = subjects.get(i);
			if (subject.itemScores().length > 0) {
				replicateAverages[i] = resample(subject, settings);
			}
		}
		int[][] replicateRanks = cutOffs == null ? new int[subjects.size()][]
				: rankReplicates(subjects, replicateAverages, Segmentation.upperBounds(cutOffs), settings.replicates());

		var ranges = new ArrayList<@Nullable LikelyRange>(subjects.size());
		double[] buffer = new double[settings.replicates()];
		for (int i = 0; i < subjects.size(); i++) {
			ranges.add(replicateAverages[i] == null ? null
					: range(subjects.get(i), replicateAverages[i], replicateRanks[i], cutOffs, buffer));
		}
		return ranges;
	}

	/** The replicate averages of one subject in hundredths, replicate b at index b. */
	private static int[] resample(Subject subject, BootstrapSettings settings) {
		int n = subject.itemScores().length;
		long[] items = new long[n];
		for (int k = 0; k < n; k++) {
			items[k] = ScoreDecimals.internalUnits(subject.itemScores()[k]);
		}
		// The mean half-up in hundredths, ⌊sum / (n × units per hundredth) + ½⌋,
		// computed in integers.
		long doubledDivisor = 2L * n * ScoreDecimals.INTERNAL_UNITS_PER_HUNDREDTH;
		long half = (long) n * ScoreDecimals.INTERNAL_UNITS_PER_HUNDREDTH;
		var random = new SplittableRandom(settings.seed() ^ fnv1a64(subject.code()));
		int[] averages = new int[settings.replicates()];
		for (int b = 0; b < averages.length; b++) {
			long sum = 0;
			for (int pair = 0; pair < n / 2; pair++) {
				long bits = random.nextLong();
				sum += items[(int) (((bits >>> 32) * n) >>> 32)] + items[(int) (((bits & 0xFFFFFFFFL) * n) >>> 32)];
			}
			if (n % 2 == 1) {
				sum += items[(int) (((random.nextLong() >>> 32) * n) >>> 32)];
			}
			averages[b] = (int) ((2 * sum + half) / doubledDivisor);
		}
		return averages;
	}

	/**
	 * Each segmented subject's league rank in each replicate; {@code null} rows for
	 * subjects not segmented.
	 */
	private static int[][] rankReplicates(List<Subject> subjects, int[][] replicateAverages, double[] upperBounds,
			int replicates) {
		int[] ranked = IntStream.range(0, subjects.size()).filter(i -> subjects.get(i).adjustments() != null).toArray();
		var plans = new Adjustments.Plan[ranked.length];
		int[][] ranks = new int[subjects.size()][];
		for (int k = 0; k < ranked.length; k++) {
			plans[k] = subjects.get(ranked[k]).adjustments();
			ranks[ranked[k]] = new int[replicates];
		}
		int[] keys = new int[ranked.length];
		int[] replicateRanks = new int[ranked.length];
		int[] counts = new int[Ranking.LEAGUE_KEY_LIMIT];
		for (int b = 0; b < replicates; b++) {
			for (int k = 0; k < ranked.length; k++) {
				int hundredths = replicateAverages[ranked[k]][b];
				int scoreSegment = Segmentation.scoreSegment(upperBounds, hundredths / 100.0);
				keys[k] = Ranking.leagueKey(plans[k].finalSegment(scoreSegment), hundredths);
			}
			Ranking.competitionRanksOfLeagueKeys(keys, replicateRanks, counts);
			for (int k = 0; k < ranked.length; k++) {
				ranks[ranked[k]][b] = replicateRanks[k];
			}
		}
		return ranks;
	}

	private static LikelyRange range(Subject subject, int[] averages, int @Nullable [] ranks,
			@Nullable SegmentCutOffs cutOffs, double[] buffer) {
		copy(averages, buffer);
		BigDecimal lowest = ScoreDecimals.published(PeerStatistics.quantileInPlace(buffer, LOWER_PERCENTILE) / 100);
		BigDecimal highest = ScoreDecimals.published(PeerStatistics.quantileInPlace(buffer, UPPER_PERCENTILE) / 100);
		if (ranks == null || cutOffs == null) {
			return new LikelyRange(lowest, highest, null, null, false);
		}
		copy(ranks, buffer);
		int bestRank = (int) Math.floor(PeerStatistics.quantileInPlace(buffer, LOWER_PERCENTILE));
		int worstRank = (int) Math.ceil(PeerStatistics.quantileInPlace(buffer, UPPER_PERCENTILE));
		return new LikelyRange(lowest, highest, bestRank, worstRank,
				insideSegmentBand(subject.scoreSegment(), lowest, highest, cutOffs));
	}

	/**
	 * Whether the score range lies wholly inside the score segment's band: above the
	 * better segment's cut-off (none for segment 1) and at or below its own (none for
	 * segment 4).
	 */
	private static boolean insideSegmentBand(int scoreSegment, BigDecimal lowest, BigDecimal highest,
			SegmentCutOffs cutOffs) {
		boolean clearOfBetter = scoreSegment == Segments.BEST || lowest.compareTo(cutOffs.upTo(scoreSegment - 1)) > 0;
		boolean clearOfWorse = scoreSegment == Segments.WORST_BY_SCORE
				|| highest.compareTo(cutOffs.upTo(scoreSegment)) <= 0;
		return clearOfBetter && clearOfWorse;
	}

	private static void copy(int[] from, double[] to) {
		for (int b = 0; b < from.length; b++) {
			to[b] = from[b];
		}
	}

	private static long fnv1a64(String code) {
		long hash = FNV_OFFSET_BASIS;
		for (byte b : code.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xFF;
			hash *= FNV_PRIME;
		}
		return hash;
	}

}
