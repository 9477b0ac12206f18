package uk.nhs.leaguetables.leaguetable.export;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.METRIC_STATISTICS;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.REGION;

/**
 * Reads a published calculation line by line for a download: one SQL statement per
 * layout, whose rows are streamed from PostgreSQL (a cursor inside a read-only
 * transaction) rather than held in memory.
 */
@Repository
class LeagueTableExportRepository {

	/** Rows fetched per round trip while streaming. */
	private static final int FETCH_SIZE = 500;

	private final DSLContext dsl;

	LeagueTableExportRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The league table layout in table order: ranked organisations by rank, then the not
	 * segmented ones by code (as {@code LeagueTableRepository.rows} orders them).
	 */
	@Transactional(readOnly = true)
	public void leagueTable(long calculationId, Consumer<LeagueTableLine> sink) {
		stream(dsl
			.select(REGION.NAME, ORGANISATION.TRUST_TYPE, ORGANISATION.TRUST_SUBTYPE, ORGANISATION.CODE,
					ORGANISATION.NAME, ORGANISATION_RESULT.AVERAGE_SCORE, ORGANISATION_RESULT.SCORE_INTERVAL_LOW,
					ORGANISATION_RESULT.SCORE_INTERVAL_HIGH, ORGANISATION_RESULT.FINAL_SEGMENT,
					ORGANISATION_RESULT.IN_DEFICIT, ORGANISATION_RESULT.LEAGUE_RANK,
					ORGANISATION_RESULT.RANK_INTERVAL_LOW, ORGANISATION_RESULT.RANK_INTERVAL_HIGH)
			.from(ORGANISATION_RESULT)
			.join(ORGANISATION)
			.on(ORGANISATION.CODE.eq(ORGANISATION_RESULT.ORGANISATION_CODE))
			.leftJoin(REGION)
			.on(REGION.CODE.eq(ORGANISATION.REGION_CODE))
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(calculationId))
			.orderBy(ORGANISATION_RESULT.LEAGUE_RANK.asc().nullsLast(), ORGANISATION_RESULT.ORGANISATION_CODE),
				(row) -> new LeagueTableLine(trust(row), row.get(ORGANISATION_RESULT.AVERAGE_SCORE),
						row.get(ORGANISATION_RESULT.SCORE_INTERVAL_LOW),
						row.get(ORGANISATION_RESULT.SCORE_INTERVAL_HIGH),
						toInteger(row.get(ORGANISATION_RESULT.FINAL_SEGMENT)), row.get(ORGANISATION_RESULT.IN_DEFICIT),
						row.get(ORGANISATION_RESULT.LEAGUE_RANK), row.get(ORGANISATION_RESULT.RANK_INTERVAL_LOW),
						row.get(ORGANISATION_RESULT.RANK_INTERVAL_HIGH)),
				sink);
	}

	/**
	 * The trust data layout: every metric result of the calculation with the metric's
	 * catalogue entry and the league's peer statistics, by trust code and metric id.
	 */
	@Transactional(readOnly = true)
	public void trustData(long calculationId, String frameworkVersion, Consumer<TrustDataLine> sink) {
		stream(dsl
			.select(REGION.NAME, ORGANISATION.TRUST_TYPE, ORGANISATION.TRUST_SUBTYPE, ORGANISATION.CODE,
					ORGANISATION.NAME, METRIC.DOMAIN, METRIC.SUB_DOMAIN, METRIC.CODE, METRIC.NAME, METRIC.BASIS,
					METRIC.UNIT, METRIC_RESULT.VALUE, METRIC_RESULT.CATEGORY, METRIC_STATISTICS.MEDIAN,
					METRIC_STATISTICS.LOWER_QUARTILE, METRIC_STATISTICS.UPPER_QUARTILE, METRIC_RESULT.METRIC_RANK)
			.from(METRIC_RESULT)
			.join(ORGANISATION)
			.on(ORGANISATION.CODE.eq(METRIC_RESULT.ORGANISATION_CODE))
			.leftJoin(REGION)
			.on(REGION.CODE.eq(ORGANISATION.REGION_CODE))
			.join(METRIC)
			.on(METRIC.FRAMEWORK_CODE.eq(frameworkVersion), METRIC.CODE.eq(METRIC_RESULT.METRIC_CODE))
			.leftJoin(METRIC_STATISTICS)
			.on(METRIC_STATISTICS.CALCULATION_ID.eq(METRIC_RESULT.CALCULATION_ID),
					METRIC_STATISTICS.METRIC_CODE.eq(METRIC_RESULT.METRIC_CODE))
			.where(METRIC_RESULT.CALCULATION_ID.eq(calculationId))
			.orderBy(METRIC_RESULT.ORGANISATION_CODE, METRIC_RESULT.METRIC_CODE),
				(row) -> new TrustDataLine(trust(row), row.get(METRIC.DOMAIN).getLiteral(), row.get(METRIC.SUB_DOMAIN),
						row.get(METRIC.CODE), row.get(METRIC.NAME), row.get(METRIC.BASIS).getLiteral(),
						row.get(METRIC.UNIT).getLiteral(), row.get(METRIC_RESULT.VALUE),
						row.get(METRIC_RESULT.CATEGORY), row.get(METRIC_STATISTICS.MEDIAN),
						row.get(METRIC_STATISTICS.LOWER_QUARTILE), row.get(METRIC_STATISTICS.UPPER_QUARTILE),
						row.get(METRIC_RESULT.METRIC_RANK)),
				sink);
	}

	private static <R extends Record, L> void stream(ResultQuery<R> query, Function<R, L> toLine, Consumer<L> sink) {
		try (Stream<R> rows = query.fetchSize(FETCH_SIZE).stream()) {
			rows.map(toLine).forEach(sink);
		}
	}

	private static TrustColumns trust(Record row) {
		var trustType = row.get(ORGANISATION.TRUST_TYPE);
		return new TrustColumns(row.get(REGION.NAME), (trustType != null) ? trustType.getLiteral() : null,
				row.get(ORGANISATION.TRUST_SUBTYPE), row.get(ORGANISATION.CODE), row.get(ORGANISATION.NAME));
	}

	private static @Nullable Integer toInteger(@Nullable Short value) {
		return (value != null) ? value.intValue() : null;
	}

}
