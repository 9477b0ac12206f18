package uk.nhs.leaguetables.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;

/**
 * The read model of framework versions, their metrics and the reporting periods, as
 * clients see them.
 */
public final class FrameworkCatalogue {

	private FrameworkCatalogue() {
	}

	/** A framework version and its segmentation parameters. */
	public record Version(String code, String name, String financialYear, String segmentMethod,
			List<BigDecimal> segmentThresholds, BigDecimal minimumCoverage, int financialOverrideMaxSegment,
			List<League> leagues, String source, @Nullable String notes) {
	}

	/** A metric of a framework version with where its definition came from. */
	public record Metric(String id, String frameworkVersion, String name, String domain, @Nullable String subDomain,
			String unit, String direction, String basis, @Nullable String basisNote, String scoringMethod,
			@Nullable String scoredItem, List<League> leagues, @Nullable BigDecimal validMin,
			@Nullable BigDecimal validMax, boolean mandatory, String source, @Nullable String assumption) {

		/** Collected and shown, never counted in the average. */
		public boolean contextual() {
			return scoredItem == null;
		}

	}

	/** A reporting period and where each league's table stands. */
	public record Period(String code, LocalDate startDate, LocalDate endDate, String frameworkVersion,
			List<LeagueStatus> leagues) {
	}

	/** One league's table of a period: its status and latest published revision. */
	public record LeagueStatus(League league, String status, @Nullable Integer latestRevision) {
	}

}
