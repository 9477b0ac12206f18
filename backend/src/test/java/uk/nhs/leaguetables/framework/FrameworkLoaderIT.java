package uk.nhs.leaguetables.framework;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.db.enums.PeriodStatus;
import uk.nhs.leaguetables.db.enums.ScoringMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.METRIC_THRESHOLD;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static uk.nhs.leaguetables.db.Tables.SCORED_ITEM;

/** The NOF 2025/26 and 2026/27 catalogues as seeded from {@code db/seed/framework}. */
@SpringBootTest
class FrameworkLoaderIT {

	@Autowired
	DSLContext dsl;

	@Test
	void seeds_both_framework_versions_with_their_leagues() {
		assertThat(dsl.fetch(FRAMEWORK_LEAGUE, FRAMEWORK_LEAGUE.FRAMEWORK_CODE.eq("NOF-2025/26"))
			.getValues(FRAMEWORK_LEAGUE.LEAGUE))
			.containsExactlyInAnyOrder(League.ACUTE, League.NON_ACUTE, League.AMBULANCE);
		assertThat(dsl.fetch(FRAMEWORK_LEAGUE, FRAMEWORK_LEAGUE.FRAMEWORK_CODE.eq("NOF-2026/27"))
			.getValues(FRAMEWORK_LEAGUE.LEAGUE)).contains(League.ICB);
	}

	@Test
	void the_non_acute_league_of_2025_26_averages_the_published_items() {
		var nonAcuteItems = dsl.selectDistinct(METRIC.SCORED_ITEM_CODE)
			.from(METRIC)
			.join(METRIC_LEAGUE)
			.on(METRIC_LEAGUE.FRAMEWORK_CODE.eq(METRIC.FRAMEWORK_CODE), METRIC_LEAGUE.METRIC_CODE.eq(METRIC.CODE))
			.where(METRIC.FRAMEWORK_CODE.eq("NOF-2025/26"), METRIC_LEAGUE.LEAGUE.eq(League.NON_ACUTE),
					METRIC.SCORED_ITEM_CODE.isNotNull())
			.fetch(METRIC.SCORED_ITEM_CODE);
		// methodology nof-2025-26-metrics.md (a): OF1005, 1016, 1035, 1041, 1057, 1061,
		// 1063, 1080, 1082, 1084, 1086; and OF1067 (CQC safe), which NHS England's mental
		// health and community trust data publishes for the trusts rated after August
		// 2023
		// (13 trust-quarters of 2025/26 Q1-Q3) and counts in their average (R1A, Q1: 12
		// items, 2.32)
		assertThat(nonAcuteItems).containsExactlyInAnyOrder("OF1005", "OF1016", "OF1035", "OF1041", "OF1057", "OF1061",
				"OF1063", "OF1067", "OF1080", "OF1082", "OF1084", "OF1086");
	}

	@Test
	void combined_finance_is_a_composite_of_the_two_finance_metrics() {
		assertThat(dsl
			.fetchSingle(SCORED_ITEM, SCORED_ITEM.FRAMEWORK_CODE.eq("NOF-2025/26"), SCORED_ITEM.CODE.eq("OF1080"))
			.getIsComposite()).isTrue();
		assertThat(dsl.fetch(METRIC, METRIC.FRAMEWORK_CODE.eq("NOF-2025/26"), METRIC.SCORED_ITEM_CODE.eq("OF1080"))
			.getValues(METRIC.CODE)).containsExactlyInAnyOrder("OF0079", "OF0081");
		assertThat(dsl.fetchCount(METRIC_THRESHOLD, METRIC_THRESHOLD.FRAMEWORK_CODE.eq("NOF-2025/26"),
				METRIC_THRESHOLD.METRIC_CODE.eq("OF0079")))
			.isEqualTo(3);
		assertThat(dsl.fetchSingle(METRIC, METRIC.FRAMEWORK_CODE.eq("NOF-2025/26"), METRIC.CODE.eq("OF0079"))
			.getScoringMethod()).isEqualTo(ScoringMethod.THRESHOLD);
	}

	@Test
	void metrics_outside_nhs_englands_catalogue_are_contextual() {
		assertThat(dsl.fetch(METRIC, METRIC.CODE.in("OF0901", "OF0902", "OF0903")))
			.allSatisfy((metric) -> assertThat(metric.getScoredItemCode()).isNull());
	}

	@Test
	void every_seeded_definition_names_its_source() {
		assertThat(dsl.fetchCount(METRIC, METRIC.SOURCE.isNull().or(METRIC.SOURCE.eq("")))).isZero();
	}

	@Test
	void opens_the_four_quarters_of_each_framework_year_for_each_league() {
		var q1 = dsl.fetchSingle(REPORTING_PERIOD, REPORTING_PERIOD.CODE.eq("2025/26 Q1"));
		assertThat(q1.getStartDate()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(q1.getEndDate()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(dsl.fetchSingle(REPORTING_PERIOD, REPORTING_PERIOD.CODE.eq("2026/27 Q4")).getFrameworkCode())
			.isEqualTo("NOF-2026/27");
		assertThat(dsl.fetchCount(PERIOD_LEAGUE, PERIOD_LEAGUE.PERIOD_CODE.eq("2025/26 Q3"),
				PERIOD_LEAGUE.STATUS.eq(PeriodStatus.OPEN)))
			.isEqualTo(3);
		assertThat(dsl.fetchCount(PERIOD_LEAGUE, PERIOD_LEAGUE.PERIOD_CODE.eq("2026/27 Q3"))).isEqualTo(4);
	}

}
