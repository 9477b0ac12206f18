package uk.nhs.leaguetables.calculation;

import uk.nhs.leaguetables.platform.digest.Sha256;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;

/**
 * SHA-256 of the published content of a league table: every organisation's average,
 * segments, ranks and metric scores as stored (2 decimal places), in table order. Two
 * computations with this digest publish identical numbers.
 */
final class OutputDigest {

	private OutputDigest() {
	}

	static String of(LeagueResult result) {
		StringBuilder canonical = new StringBuilder(result.league()).append('|').append(result.period()).append('\n');
		for (OrganisationResult row : result.organisations()) {
			canonical.append(row.code()).append('|').append(row.averageScore()).append('|');
			switch (row.placement()) {
				case Placement.Segmented segmented -> canonical.append(segmented.scoreSegment())
					.append('|')
					.append(segmented.finalSegment())
					.append('|')
					.append(segmented.rank())
					.append('|')
					.append(segmented.rankByAverage());
				case Placement.NotSegmented notSegmented ->
					canonical.append("not segmented: ").append(notSegmented.reason());
			}
			for (MetricResult metric : row.metrics()) {
				canonical.append('|').append(metric.metricCode()).append('=').append(metric.publishedScore());
			}
			canonical.append('\n');
		}
		return Sha256.hex(canonical.toString());
	}

}
