package uk.nhs.leaguetables.framework;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.scoring.rules.ItemCombination;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_VERSION;
import static uk.nhs.leaguetables.db.Tables.ITEM_COMBINATION_SCORE;
import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static uk.nhs.leaguetables.db.Tables.SCORED_ITEM;

/**
 * Reads the framework catalogue; nested lists come in the same statement (MULTISET),
 * never one query per row.
 */
@Repository
public class FrameworkRepository {

	private final DSLContext dsl;

	FrameworkRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public List<FrameworkCatalogue.Version> versions() {
		return dsl
			.select(FRAMEWORK_VERSION.asterisk(),
					multiset(select(FRAMEWORK_LEAGUE.LEAGUE).from(FRAMEWORK_LEAGUE)
						.where(FRAMEWORK_LEAGUE.FRAMEWORK_CODE.eq(FRAMEWORK_VERSION.CODE))
						.orderBy(FRAMEWORK_LEAGUE.LEAGUE)).as("leagues")
						.convertFrom((leagues) -> leagues.map((row) -> league(row.value1()))))
			.from(FRAMEWORK_VERSION)
			.orderBy(FRAMEWORK_VERSION.FINANCIAL_YEAR)
			.fetch((row) -> new FrameworkCatalogue.Version(row.get(FRAMEWORK_VERSION.CODE),
					row.get(FRAMEWORK_VERSION.NAME), row.get(FRAMEWORK_VERSION.FINANCIAL_YEAR),
					row.get(FRAMEWORK_VERSION.SEGMENT_METHOD).getLiteral(),
					Stream
						.of(row.get(FRAMEWORK_VERSION.SEGMENT_THRESHOLD_1),
								row.get(FRAMEWORK_VERSION.SEGMENT_THRESHOLD_2),
								row.get(FRAMEWORK_VERSION.SEGMENT_THRESHOLD_3))
						.filter(Objects::nonNull)
						.toList(),
					row.get(FRAMEWORK_VERSION.MINIMUM_COVERAGE),
					row.get(FRAMEWORK_VERSION.FINANCIAL_OVERRIDE_MAX_SEGMENT), row.get("leagues", List.class),
					row.get(FRAMEWORK_VERSION.SOURCE), row.get(FRAMEWORK_VERSION.NOTES)));
	}

	public List<FrameworkCatalogue.Metric> metrics(String frameworkCode, @Nullable League league) {
		var leagues = multiset(select(METRIC_LEAGUE.LEAGUE).from(METRIC_LEAGUE)
			.where(METRIC_LEAGUE.FRAMEWORK_CODE.eq(METRIC.FRAMEWORK_CODE), METRIC_LEAGUE.METRIC_CODE.eq(METRIC.CODE))
			.orderBy(METRIC_LEAGUE.LEAGUE)).as("leagues")
			.convertFrom((rows) -> rows.map((row) -> league(row.value1())));
		var inLeague = (league == null) ? org.jooq.impl.DSL.noCondition()
				: org.jooq.impl.DSL.exists(select(METRIC_LEAGUE.LEAGUE).from(METRIC_LEAGUE)
					.where(METRIC_LEAGUE.FRAMEWORK_CODE.eq(METRIC.FRAMEWORK_CODE),
							METRIC_LEAGUE.METRIC_CODE.eq(METRIC.CODE), METRIC_LEAGUE.LEAGUE
								.eq(DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class))));
		return dsl.select(METRIC.asterisk(), leagues)
			.from(METRIC)
			.where(METRIC.FRAMEWORK_CODE.eq(frameworkCode), inLeague)
			.orderBy(METRIC.CODE)
			.fetch((row) -> new FrameworkCatalogue.Metric(row.get(METRIC.CODE), row.get(METRIC.FRAMEWORK_CODE),
					row.get(METRIC.NAME), row.get(METRIC.DOMAIN).getLiteral(), row.get(METRIC.SUB_DOMAIN),
					row.get(METRIC.UNIT).getLiteral(), row.get(METRIC.DIRECTION).getLiteral(),
					row.get(METRIC.BASIS).getLiteral(), row.get(METRIC.BASIS_NOTE),
					row.get(METRIC.SCORING_METHOD).getLiteral(), row.get(METRIC.SCORED_ITEM_CODE), row.get(leagues),
					row.get(METRIC.VALID_MIN), row.get(METRIC.VALID_MAX), row.get(METRIC.MANDATORY),
					row.get(METRIC.SOURCE), row.get(METRIC.ASSUMPTION)));
	}

	/**
	 * The framework version's composite scored items, each with how it combines its
	 * members' scores (a table, with its cells, or the mean): one statement.
	 */
	public List<CompositeItem> compositeItems(String frameworkCode) {
		var cells = multiset(
				select(ITEM_COMBINATION_SCORE.MEMBER_SCORES, ITEM_COMBINATION_SCORE.SCORE).from(ITEM_COMBINATION_SCORE)
					.where(ITEM_COMBINATION_SCORE.FRAMEWORK_CODE.eq(SCORED_ITEM.FRAMEWORK_CODE),
							ITEM_COMBINATION_SCORE.ITEM_CODE.eq(SCORED_ITEM.CODE)))
			.as("cells")
			.convertFrom((rows) -> rows.intoMap(ITEM_COMBINATION_SCORE.MEMBER_SCORES,
					(cell) -> cell.value2().doubleValue()));
		return dsl
			.select(SCORED_ITEM.CODE, SCORED_ITEM.NAME, SCORED_ITEM.DOMAIN, SCORED_ITEM.SUB_DOMAIN,
					SCORED_ITEM.COMBINATION, SCORED_ITEM.COMBINATION_MEMBERS, cells)
			.from(SCORED_ITEM)
			.where(SCORED_ITEM.FRAMEWORK_CODE.eq(frameworkCode), SCORED_ITEM.IS_COMPOSITE.isTrue())
			.orderBy(SCORED_ITEM.CODE)
			.fetch((row) -> new CompositeItem(row.value1(), row.value2(), row.value3().getLiteral(), row.value4(),
					combination(row.value5(), row.value6(), row.value7())));
	}

	private static ItemCombination combination(String combination, String @Nullable [] members,
			Map<String, Double> cells) {
		return (combination.equals("TABLE") && members != null) ? new ItemCombination.Table(List.of(members), cells)
				: new ItemCombination.Mean();
	}

	public List<FrameworkCatalogue.Period> periods() {
		var leagues = multiset(select(PERIOD_LEAGUE.LEAGUE, PERIOD_LEAGUE.STATUS,
				select(max(PUBLICATION.REVISION)).from(PUBLICATION)
					.where(PUBLICATION.PERIOD_CODE.eq(PERIOD_LEAGUE.PERIOD_CODE),
							PUBLICATION.LEAGUE.eq(PERIOD_LEAGUE.LEAGUE))
					.<Short>asField("latest_revision"))
			.from(PERIOD_LEAGUE)
			.where(PERIOD_LEAGUE.PERIOD_CODE.eq(REPORTING_PERIOD.CODE))
			.orderBy(PERIOD_LEAGUE.LEAGUE)).as("leagues")
			.convertFrom((rows) -> rows.map((row) -> new FrameworkCatalogue.LeagueStatus(league(row.value1()),
					row.value2().getLiteral(), (row.value3() != null) ? row.value3().intValue() : null)));
		return dsl
			.select(REPORTING_PERIOD.CODE, REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE,
					REPORTING_PERIOD.FRAMEWORK_CODE, leagues)
			.from(REPORTING_PERIOD)
			.orderBy(REPORTING_PERIOD.START_DATE.desc())
			.fetch((row) -> new FrameworkCatalogue.Period(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	private static League league(uk.nhs.leaguetables.db.enums.League league) {
		return DatabaseEnums.fromDatabase(league, League.class);
	}

}
