package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static org.jooq.impl.DSL.jsonbGetAttributeAsText;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;

/**
 * Reads published league tables; every method is one SQL statement whatever the number of
 * rows.
 */
@Repository
public class LeagueTableRepository {

	private final DSLContext dsl;

	LeagueTableRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The given revision, or the latest when none is given. */
	public Optional<PublishedTable> published(String periodCode, League league, @Nullable Integer revision) {
		var dbLeague = DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class);
		return dsl.select(PUBLICATION.fields())
			.select(CALCULATION.FRAMEWORK_CODE)
			.from(PUBLICATION)
			.join(CALCULATION)
			.on(CALCULATION.ID.eq(PUBLICATION.CALCULATION_ID))
			.where(PUBLICATION.PERIOD_CODE.eq(periodCode), PUBLICATION.LEAGUE.eq(dbLeague),
					(revision != null) ? PUBLICATION.REVISION.eq(revision.shortValue())
							: org.jooq.impl.DSL.noCondition())
			.orderBy(PUBLICATION.REVISION.desc())
			.limit(1)
			.fetchOptional((record) -> new PublishedTable(record.get(PUBLICATION.PERIOD_CODE), league,
					record.get(PUBLICATION.REVISION), record.get(PUBLICATION.CALCULATION_ID),
					record.get(CALCULATION.FRAMEWORK_CODE), record.get(PUBLICATION.PREPARED_BY),
					record.get(PUBLICATION.APPROVED_BY), record.get(PUBLICATION.PUBLISHED_AT),
					record.get(PUBLICATION.INPUT_DIGEST), record.get(PUBLICATION.OUTPUT_DIGEST),
					record.get(PUBLICATION.CORRECTION_REASON)));
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
		return dsl.select(ORGANISATION_RESULT.fields())
			.select(jsonbGetAttributeAsText(ORGANISATION_RESULT.EXPLANATION, "text").as("explanation_text"))
			.from(ORGANISATION_RESULT)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(calculationId))
			.orderBy(ORGANISATION_RESULT.LEAGUE_RANK.asc().nullsLast(), ORGANISATION_RESULT.ORGANISATION_CODE)
			.fetch(LeagueTableRepository::toRow);
	}

	/** The metric scores of the given organisations in one table, by organisation. */
	public Map<String, List<MetricScore>> metricScores(long calculationId, Collection<String> organisationCodes) {
		return dsl.selectFrom(METRIC_RESULT)
			.where(METRIC_RESULT.CALCULATION_ID.eq(calculationId),
					METRIC_RESULT.ORGANISATION_CODE.in(organisationCodes))
			.orderBy(METRIC_RESULT.ORGANISATION_CODE, METRIC_RESULT.METRIC_CODE)
			.fetch((metric) -> new MetricScore(metric.getOrganisationCode(), metric.getMetricCode(), metric.getValue(),
					metric.getCategory(), BigDecimal.valueOf(metric.getScore()).setScale(2, RoundingMode.HALF_UP),
					metric.getMetricRank(), metric.getExplanation()))
			.stream()
			.collect(Collectors.groupingBy(MetricScore::organisationCode));
	}

	private static LeagueTableRow toRow(Record record) {
		return new LeagueTableRow(record.get(ORGANISATION_RESULT.CALCULATION_ID),
				record.get(ORGANISATION_RESULT.ORGANISATION_CODE), record.get(ORGANISATION_RESULT.LEAGUE_RANK),
				record.get(ORGANISATION_RESULT.SCORE_RANK), toInteger(record.get(ORGANISATION_RESULT.FINAL_SEGMENT)),
				toInteger(record.get(ORGANISATION_RESULT.SCORE_SEGMENT)), record.get(ORGANISATION_RESULT.AVERAGE_SCORE),
				record.get(ORGANISATION_RESULT.SCORED_ITEM_COUNT), record.get(ORGANISATION_RESULT.SCORE_INTERVAL_LOW),
				record.get(ORGANISATION_RESULT.SCORE_INTERVAL_HIGH), record.get(ORGANISATION_RESULT.RANK_INTERVAL_LOW),
				record.get(ORGANISATION_RESULT.RANK_INTERVAL_HIGH),
				record.get(ORGANISATION_RESULT.DISTANCE_TO_NEXT_SEGMENT),
				record.get(ORGANISATION_RESULT.NOT_SEGMENTED_REASON), record.get(ORGANISATION_RESULT.IN_DEFICIT),
				record.get(ORGANISATION_RESULT.RECOVERY_SUPPORT),
				toInteger(record.get(ORGANISATION_RESULT.SEGMENT_CHANGE)), record.get(ORGANISATION_RESULT.RANK_CHANGE),
				record.get("explanation_text", String.class));
	}

	private static @Nullable Integer toInteger(@Nullable Short value) {
		return (value != null) ? value.intValue() : null;
	}

}
