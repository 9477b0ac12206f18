package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.CalculationStatus;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonbGetAttributeAsText;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static uk.nhs.leaguetables.db.Tables.APP_USER;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.CALCULATION_DOMAIN_CUT_OFF;
import static uk.nhs.leaguetables.db.Tables.DOMAIN_RESULT;
import static uk.nhs.leaguetables.db.Tables.LATEST_PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.METRIC_STATISTICS;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.REGION;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static uk.nhs.leaguetables.db.Tables.RESULT_ADJUSTMENT;

/**
 * Reads computed league tables (published ones for everybody, drafts for staff); every
 * method is one SQL statement whatever the number of rows, organisations or quarters.
 */
@Repository
public class LeagueTableRepository {

	private final DSLContext dsl;

	LeagueTableRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The given revision, or the latest when none is given, naming its preparer and
	 * approver by their display names: login names are half of what a password guess
	 * needs, and the table is public.
	 */
	public Optional<PublishedTable> published(String periodCode, League league, @Nullable Integer revision) {
		var dbLeague = DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class);
		var preparer = APP_USER.as("preparer");
		var approver = APP_USER.as("approver");
		Field<String> preparedBy = coalesce(preparer.DISPLAY_NAME, inline("NHS England preparer"))
			.as("prepared_by_name");
		Field<String> approvedBy = coalesce(approver.DISPLAY_NAME, inline("NHS England approver"))
			.as("approved_by_name");
		return dsl.select(PUBLICATION.fields())
			.select(CALCULATION.FRAMEWORK_CODE, preparedBy, approvedBy)
			.from(PUBLICATION)
			.join(CALCULATION)
			.on(CALCULATION.ID.eq(PUBLICATION.CALCULATION_ID))
			.leftJoin(preparer)
			.on(preparer.USERNAME.eq(PUBLICATION.PREPARED_BY))
			.leftJoin(approver)
			.on(approver.USERNAME.eq(PUBLICATION.APPROVED_BY))
			.where(PUBLICATION.PERIOD_CODE.eq(periodCode), PUBLICATION.LEAGUE.eq(dbLeague),
					(revision != null) ? PUBLICATION.REVISION.eq(revision.shortValue())
							: org.jooq.impl.DSL.noCondition())
			.orderBy(PUBLICATION.REVISION.desc())
			.limit(1)
			.fetchOptional((record) -> new PublishedTable(record.get(PUBLICATION.PERIOD_CODE), league,
					record.get(PUBLICATION.REVISION), record.get(PUBLICATION.CALCULATION_ID),
					record.get(CALCULATION.FRAMEWORK_CODE), record.get(preparedBy), record.get(approvedBy),
					record.get(PUBLICATION.PUBLISHED_AT), record.get(PUBLICATION.INPUT_DIGEST),
					record.get(PUBLICATION.OUTPUT_DIGEST), record.get(PUBLICATION.CORRECTION_REASON)));
	}

	/** The quarters with a published table of the league, latest first. */
	public List<String> publishedPeriods(League league) {
		return dsl.selectDistinct(PUBLICATION.PERIOD_CODE, REPORTING_PERIOD.START_DATE)
			.from(PUBLICATION)
			.join(REPORTING_PERIOD)
			.on(REPORTING_PERIOD.CODE.eq(PUBLICATION.PERIOD_CODE))
			.where(PUBLICATION.LEAGUE.eq(DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class)))
			.orderBy(REPORTING_PERIOD.START_DATE.desc())
			.fetch(PUBLICATION.PERIOD_CODE);
	}

	/**
	 * The rows in table order: ranked organisations by rank, then the not segmented ones
	 * by code.
	 */
	public List<LeagueTableRow> rows(long calculationId) {
		return selectRows().where(ORGANISATION_RESULT.CALCULATION_ID.eq(calculationId))
			.orderBy(ORGANISATION_RESULT.LEAGUE_RANK.asc().nullsLast(), ORGANISATION_RESULT.ORGANISATION_CODE)
			.fetch(LeagueTableRepository::toRow);
	}

	/**
	 * Each organisation's row in the latest published revision of each asked-for quarter,
	 * in one statement; organisations without a published row are absent.
	 */
	public Map<OrganisationPeriod, LeagueTableRow> publishedRows(Collection<OrganisationPeriod> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<OrganisationPeriod, LeagueTableRow> rows = new HashMap<>();
		selectRows().join(LATEST_PUBLICATION)
			.on(LATEST_PUBLICATION.CALCULATION_ID.eq(ORGANISATION_RESULT.CALCULATION_ID))
			.where(eachOf(LATEST_PUBLICATION.PERIOD_CODE, ORGANISATION_RESULT.ORGANISATION_CODE,
					keys.stream()
						.collect(Collectors.groupingBy(OrganisationPeriod::periodCode,
								Collectors.mapping(OrganisationPeriod::organisationCode, Collectors.toList())))))
			.fetch(LeagueTableRepository::toRow)
			.forEach((row) -> rows.put(new OrganisationPeriod(row.organisationCode(), row.period()), row));
		return rows;
	}

	/**
	 * The organisations' rows in every published quarter from {@code from} to {@code to}
	 * (either open), oldest first, by organisation: one statement.
	 */
	public Map<String, List<LeagueTableRow>> history(Collection<String> organisationCodes, @Nullable String from,
			@Nullable String to) {
		var fromPeriod = REPORTING_PERIOD.as("from_period");
		var toPeriod = REPORTING_PERIOD.as("to_period");
		Condition after = (from != null) ? REPORTING_PERIOD.START_DATE
			.ge(select(fromPeriod.START_DATE).from(fromPeriod).where(fromPeriod.CODE.eq(from))) : noCondition();
		Condition before = (to != null)
				? REPORTING_PERIOD.START_DATE.le(select(toPeriod.START_DATE).from(toPeriod).where(toPeriod.CODE.eq(to)))
				: noCondition();
		return selectRows().join(LATEST_PUBLICATION)
			.on(LATEST_PUBLICATION.CALCULATION_ID.eq(ORGANISATION_RESULT.CALCULATION_ID))
			.join(REPORTING_PERIOD)
			.on(REPORTING_PERIOD.CODE.eq(LATEST_PUBLICATION.PERIOD_CODE))
			.where(ORGANISATION_RESULT.ORGANISATION_CODE.eq(any(organisationCodes.toArray(String[]::new))), after,
					before)
			.orderBy(ORGANISATION_RESULT.ORGANISATION_CODE, REPORTING_PERIOD.START_DATE)
			.fetch(LeagueTableRepository::toRow)
			.stream()
			.collect(Collectors.groupingBy(LeagueTableRow::organisationCode));
	}

	/**
	 * The metric scores of the given rows, which may come from several tables, with the
	 * peer statistics of each metric: one statement.
	 */
	public Map<LeagueTableRow.ResultKey, List<MetricScore>> metricScores(Collection<LeagueTableRow.ResultKey> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		return selectMetricScores()
			.where(eachOf(METRIC_RESULT.CALCULATION_ID, METRIC_RESULT.ORGANISATION_CODE, byCalculation(rows)))
			.orderBy(METRIC_RESULT.ORGANISATION_CODE, METRIC_RESULT.METRIC_CODE)
			.fetch(LeagueTableRepository::toMetricScore)
			.stream()
			.collect(Collectors.groupingBy(MetricScore::rowKey));
	}

	/** The segment adjustments of the given rows, in the order applied: one statement. */
	public Map<LeagueTableRow.ResultKey, List<ResultAdjustment>> adjustments(
			Collection<LeagueTableRow.ResultKey> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		return dsl.selectFrom(RESULT_ADJUSTMENT)
			.where(eachOf(RESULT_ADJUSTMENT.CALCULATION_ID, RESULT_ADJUSTMENT.ORGANISATION_CODE, byCalculation(rows)))
			.orderBy(RESULT_ADJUSTMENT.ORGANISATION_CODE, RESULT_ADJUSTMENT.SEQUENCE_NO)
			.fetch((adjustment) -> new ResultAdjustment(adjustment.getCalculationId(), adjustment.getOrganisationCode(),
					adjustment.getKind().getLiteral(), adjustment.getFromSegment(), adjustment.getToSegment(),
					adjustment.getReason()))
			.stream()
			.collect(Collectors.groupingBy(ResultAdjustment::rowKey));
	}

	/**
	 * The domain scores and segments of the given rows, in domain order: one statement.
	 */
	public Map<LeagueTableRow.ResultKey, List<DomainResult>> domainResults(Collection<LeagueTableRow.ResultKey> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		return dsl.selectFrom(DOMAIN_RESULT)
			.where(eachOf(DOMAIN_RESULT.CALCULATION_ID, DOMAIN_RESULT.ORGANISATION_CODE, byCalculation(rows)))
			.orderBy(DOMAIN_RESULT.ORGANISATION_CODE, DOMAIN_RESULT.DOMAIN)
			.fetch((domain) -> new DomainResult(domain.getCalculationId(), domain.getOrganisationCode(),
					domain.getDomain().getLiteral(), domain.getScore(), toInteger(domain.getSegment())))
			.stream()
			.collect(Collectors.groupingBy(DomainResult::rowKey));
	}

	/**
	 * The segmentation of each computed table: method, cut-offs, leagues scored together,
	 * domain cut-offs; two statements for any number of tables.
	 */
	public Map<Long, Segmentation> segmentations(Collection<Long> calculationIds) {
		if (calculationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Segmentation.DomainCutOffs>> domains = dsl.selectFrom(CALCULATION_DOMAIN_CUT_OFF)
			.where(CALCULATION_DOMAIN_CUT_OFF.CALCULATION_ID.in(calculationIds))
			.orderBy(CALCULATION_DOMAIN_CUT_OFF.DOMAIN)
			.fetchGroups(CALCULATION_DOMAIN_CUT_OFF.CALCULATION_ID,
					(cutOff) -> new Segmentation.DomainCutOffs(cutOff.getDomain().getLiteral(),
							List.of(cutOff.getCutOff_1(), cutOff.getCutOff_2(), cutOff.getCutOff_3())));
		return dsl.selectFrom(CALCULATION)
			.where(CALCULATION.ID.in(calculationIds))
			.fetchMap(CALCULATION.ID,
					(calculation) -> new Segmentation(calculation.getId(),
							(calculation.getSegmentMethod() != null) ? calculation.getSegmentMethod() : "THRESHOLDS",
							(calculation.getCutOff_1() != null) ? List.of(calculation.getCutOff_1(),
									calculation.getCutOff_2(), calculation.getCutOff_3()) : List.of(),
							(calculation.getScoredWith() != null)
									? Arrays.stream(calculation.getScoredWith())
										.map((league) -> DatabaseEnums.fromDatabase(league, League.class))
										.toList()
									: List.of(DatabaseEnums.fromDatabase(calculation.getLeague(), League.class)),
							domains.getOrDefault(calculation.getId(), List.of())));
	}

	private static Map<Long, List<String>> byCalculation(Collection<LeagueTableRow.ResultKey> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(LeagueTableRow.ResultKey::calculationId,
					Collectors.mapping(LeagueTableRow.ResultKey::organisationCode, Collectors.toList())));
	}

	/**
	 * Rows matching any of the given (group, organisation) pairs, written as one array of
	 * organisations per group: the condition stays flat however many organisations there
	 * are. A row-value {@code IN} list of 10,000 pairs was nested so deep that PostgreSQL
	 * refused it ("stack depth limit exceeded").
	 */
	private static <G> Condition eachOf(Field<G> group, Field<String> organisation,
			Map<G, List<String>> organisationsByGroup) {
		return or(organisationsByGroup.entrySet()
			.stream()
			.map((entry) -> group.eq(entry.getKey()).and(organisation.eq(any(entry.getValue().toArray(String[]::new)))))
			.toList());
	}

	/**
	 * One metric of the latest published revision of a table with its peer statistics, or
	 * empty when the table is not published or does not score the metric.
	 */
	public Optional<MetricRanking> metricRanking(String metricId, String periodCode, League league) {
		return dsl.select(METRIC_STATISTICS.fields())
			.select(LATEST_PUBLICATION.REVISION)
			.from(LATEST_PUBLICATION)
			.join(METRIC_STATISTICS)
			.on(METRIC_STATISTICS.CALCULATION_ID.eq(LATEST_PUBLICATION.CALCULATION_ID))
			.where(LATEST_PUBLICATION.PERIOD_CODE.eq(periodCode), LATEST_PUBLICATION.LEAGUE.eq(database(league)),
					METRIC_STATISTICS.METRIC_CODE.eq(metricId))
			.fetchOptional((record) -> new MetricRanking(metricId, periodCode, league,
					record.get(LATEST_PUBLICATION.REVISION), record.get(METRIC_STATISTICS.CALCULATION_ID),
					record.get(METRIC_STATISTICS.PEER_COUNT), record.get(METRIC_STATISTICS.BEST),
					record.get(METRIC_STATISTICS.WORST), record.get(METRIC_STATISTICS.MEDIAN),
					record.get(METRIC_STATISTICS.LOWER_QUARTILE), record.get(METRIC_STATISTICS.UPPER_QUARTILE)));
	}

	/**
	 * Every organisation's score on each of the given metrics in the given tables, best
	 * first (ties by code): one statement.
	 */
	public List<MetricScore> metricResults(Collection<Long> calculationIds, Collection<String> metricIds) {
		return selectMetricScores()
			.where(METRIC_RESULT.CALCULATION_ID.in(calculationIds), METRIC_RESULT.METRIC_CODE.in(metricIds))
			.orderBy(METRIC_RESULT.METRIC_RANK.asc().nullsLast(), METRIC_RESULT.ORGANISATION_CODE)
			.fetch(LeagueTableRepository::toMetricScore);
	}

	/**
	 * How each region's or ICB's organisations are spread over the segments of the latest
	 * published revision of a table: one statement.
	 */
	public List<SegmentSummary> segmentSummary(String periodCode, League league, SummaryGrouping grouping) {
		var group = ORGANISATION.as("group_organisation");
		// an ICB's own row (ICB league) is grouped under itself
		Field<String> groupCode = (grouping == SummaryGrouping.REGION) ? ORGANISATION.REGION_CODE
				: coalesce(ORGANISATION.ICB_CODE, ORGANISATION.CODE);
		var segment = ORGANISATION_RESULT.FINAL_SEGMENT;
		return dsl
			.select(groupCode, (grouping == SummaryGrouping.REGION) ? REGION.NAME : group.NAME, count(),
					count().filterWhere(segment.eq((short) 1)), count().filterWhere(segment.eq((short) 2)),
					count().filterWhere(segment.eq((short) 3)), count().filterWhere(segment.eq((short) 4)),
					count().filterWhere(segment.eq((short) 5)), count().filterWhere(segment.isNull()),
					round(avg(ORGANISATION_RESULT.AVERAGE_SCORE), 2))
			.from(LATEST_PUBLICATION)
			.join(ORGANISATION_RESULT)
			.on(ORGANISATION_RESULT.CALCULATION_ID.eq(LATEST_PUBLICATION.CALCULATION_ID))
			.join(ORGANISATION)
			.on(ORGANISATION.CODE.eq(ORGANISATION_RESULT.ORGANISATION_CODE))
			.leftJoin(REGION)
			.on(REGION.CODE.eq(ORGANISATION.REGION_CODE))
			.leftJoin(group)
			.on(group.CODE.eq(groupCode))
			.where(LATEST_PUBLICATION.PERIOD_CODE.eq(periodCode), LATEST_PUBLICATION.LEAGUE.eq(database(league)))
			.groupBy(groupCode, (grouping == SummaryGrouping.REGION) ? REGION.NAME : group.NAME)
			.orderBy(groupCode)
			.fetch((record) -> new SegmentSummary(Objects.requireNonNullElse(record.value1(), "none"),
					Objects.requireNonNullElse(record.value2(), "No " + grouping.name().toLowerCase(Locale.ROOT)),
					record.value3(), record.value4(), record.value5(), record.value6(), record.value7(),
					record.value8(), record.value9(), record.value10()));
	}

	/** The latest draft (computed, not yet published) table of a period, if any. */
	public Optional<DraftTable> latestDraft(String periodCode, League league) {
		return dsl.selectFrom(CALCULATION)
			.where(CALCULATION.PERIOD_CODE.eq(periodCode), CALCULATION.LEAGUE.eq(database(league)),
					CALCULATION.STATUS.eq(CalculationStatus.DRAFT))
			.orderBy(CALCULATION.COMPUTED_AT.desc())
			.limit(1)
			.fetchOptional((calculation) -> new DraftTable(periodCode, league, calculation.getId(),
					calculation.getFrameworkCode(), calculation.getComputedBy(), calculation.getComputedAt(),
					calculation.getInputDigest(), calculation.getOutputDigest()));
	}

	private SelectOnConditionStep<Record> selectRows() {
		return dsl.select(ORGANISATION_RESULT.fields())
			.select(CALCULATION.PERIOD_CODE,
					jsonbGetAttributeAsText(ORGANISATION_RESULT.EXPLANATION, "text").as("explanation_text"))
			.from(ORGANISATION_RESULT)
			.join(CALCULATION)
			.on(CALCULATION.ID.eq(ORGANISATION_RESULT.CALCULATION_ID));
	}

	private SelectOnConditionStep<Record> selectMetricScores() {
		return dsl.select(METRIC_RESULT.fields())
			.select(METRIC_STATISTICS.PEER_COUNT, METRIC_STATISTICS.MEDIAN, METRIC_STATISTICS.LOWER_QUARTILE,
					METRIC_STATISTICS.UPPER_QUARTILE, METRIC_STATISTICS.PEER_POOL)
			.from(METRIC_RESULT)
			.leftJoin(METRIC_STATISTICS)
			.on(METRIC_STATISTICS.CALCULATION_ID.eq(METRIC_RESULT.CALCULATION_ID),
					METRIC_STATISTICS.METRIC_CODE.eq(METRIC_RESULT.METRIC_CODE));
	}

	private static MetricScore toMetricScore(Record record) {
		return new MetricScore(record.get(METRIC_RESULT.CALCULATION_ID), record.get(METRIC_RESULT.ORGANISATION_CODE),
				record.get(METRIC_RESULT.METRIC_CODE), record.get(METRIC_RESULT.VALUE),
				record.get(METRIC_RESULT.CATEGORY),
				BigDecimal.valueOf(record.get(METRIC_RESULT.SCORE)).setScale(2, RoundingMode.HALF_UP),
				record.get(METRIC_RESULT.METRIC_RANK), record.get(METRIC_RESULT.EXPLANATION),
				record.get(METRIC_STATISTICS.PEER_COUNT), record.get(METRIC_STATISTICS.MEDIAN),
				record.get(METRIC_STATISTICS.LOWER_QUARTILE), record.get(METRIC_STATISTICS.UPPER_QUARTILE),
				record.get(METRIC_STATISTICS.PEER_POOL));
	}

	private static uk.nhs.leaguetables.db.enums.League database(League league) {
		return DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class);
	}

	private static LeagueTableRow toRow(Record record) {
		return new LeagueTableRow(record.get(ORGANISATION_RESULT.CALCULATION_ID), record.get(CALCULATION.PERIOD_CODE),
				record.get(ORGANISATION_RESULT.ORGANISATION_CODE), record.get(ORGANISATION_RESULT.LEAGUE_RANK),
				record.get(ORGANISATION_RESULT.SCORE_RANK), toInteger(record.get(ORGANISATION_RESULT.FINAL_SEGMENT)),
				toInteger(record.get(ORGANISATION_RESULT.SCORE_SEGMENT)), record.get(ORGANISATION_RESULT.AVERAGE_SCORE),
				record.get(ORGANISATION_RESULT.SCORED_ITEM_COUNT), record.get(ORGANISATION_RESULT.SCORE_INTERVAL_LOW),
				record.get(ORGANISATION_RESULT.SCORE_INTERVAL_HIGH), record.get(ORGANISATION_RESULT.RANK_INTERVAL_LOW),
				record.get(ORGANISATION_RESULT.RANK_INTERVAL_HIGH),
				record.get(ORGANISATION_RESULT.DISTANCE_TO_NEXT_SEGMENT),
				record.get(ORGANISATION_RESULT.NOT_SEGMENTED_REASON), record.get(ORGANISATION_RESULT.IN_DEFICIT),
				record.get(ORGANISATION_RESULT.RECOVERY_SUPPORT),
				toInteger(record.get(ORGANISATION_RESULT.SUPPORT_SEGMENT)),
				toInteger(record.get(ORGANISATION_RESULT.SEGMENT_CHANGE)), record.get(ORGANISATION_RESULT.RANK_CHANGE),
				record.get("explanation_text", String.class));
	}

	private static @Nullable Integer toInteger(@Nullable Short value) {
		return (value != null) ? value.intValue() : null;
	}

}
