package uk.nhs.leaguetables.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;

/**
 * Each organisation's published numbers as one line of text, built the same way from a
 * fresh computation and from the rows stored in PostgreSQL, so that a reproduction can
 * name the rows that differ rather than only say that the digests do.
 */
final class ResultRows {

	private ResultRows() {
	}

	static Map<String, String> of(LeagueResult result) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (OrganisationResult row : result.organisations()) {
			SortedMap<String, BigDecimal> scores = new TreeMap<>();
			for (MetricResult metric : row.metrics()) {
				scores.put(metric.metricCode(), metric.publishedScore());
			}
			rows.put(row.code(), switch (row.placement()) {
				case Placement.Segmented segmented -> line(row.averageScore(), segmented.scoreSegment(),
						segmented.finalSegment(), segmented.rank(), segmented.rankByAverage(), null, scores);
				case Placement.NotSegmented notSegmented ->
					line(row.averageScore(), null, null, null, null, notSegmented.reason(), scores);
			});
		}
		return rows;
	}

	static String line(@Nullable BigDecimal averageScore, @Nullable Integer scoreSegment,
			@Nullable Integer finalSegment, @Nullable Integer rank, @Nullable Integer rankByAverage,
			@Nullable String notSegmentedReason, SortedMap<String, BigDecimal> metricScores) {
		StringBuilder line = new StringBuilder("average ").append(plain(averageScore));
		if (notSegmentedReason != null) {
			line.append(", not segmented (").append(notSegmentedReason).append(')');
		}
		else {
			line.append(", score segment ")
				.append(scoreSegment)
				.append(", segment ")
				.append(finalSegment)
				.append(", rank ")
				.append(rank)
				.append(", rank by average ")
				.append(rankByAverage);
		}
		metricScores.forEach((metric, score) -> line.append(", ").append(metric).append(' ').append(plain(score)));
		return line.toString();
	}

	/** The organisations whose lines differ, each with both versions, in code order. */
	static List<String> differences(Map<String, String> stored, Map<String, String> recomputed) {
		List<String> differences = new ArrayList<>();
		TreeSet<String> codes = new TreeSet<>(stored.keySet());
		codes.addAll(recomputed.keySet());
		for (String code : codes) {
			String was = stored.get(code);
			String now = recomputed.get(code);
			if (was == null) {
				differences.add(code + ": not stored, recomputed as " + now);
			}
			else if (now == null) {
				differences.add(code + ": stored as " + was + ", absent when recomputed");
			}
			else if (!was.equals(now)) {
				differences.add(code + ": stored " + was + "; recomputed " + now);
			}
		}
		return differences;
	}

	private static String plain(@Nullable BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : "none";
	}

}
