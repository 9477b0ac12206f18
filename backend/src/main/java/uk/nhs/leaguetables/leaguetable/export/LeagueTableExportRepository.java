package uk.nhs.leaguetables.leaguetable.export;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.multisetAgg;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.select;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.DOMAIN_RESULT;
import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.METRIC_STATISTICS;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.REGION;

/**
 * Reads a published calculation line by line for a download: one SQL statement per
 * layout, whose rows (one per organisation) are streamed from PostgreSQL (a cursor inside
 * a read-only transaction) rather than held in memory.
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
					ORGANISATION_RESULT.RANK_INTERVAL_LOW, ORGANISATION_RESULT.RANK_INTERVAL_HIGH,
					ORGANISATION_RESULT.RECOVERY_SUPPORT, ORGANISATION_RESULT.SUPPORT_SEGMENT, CALCULATION.CUT_OFF_1,
					CALCULATION.CUT_OFF_2, CALCULATION.CUT_OFF_3)
			.from(ORGANISATION_RESULT)
			.join(CALCULATION)
			.on(CALCULATION.ID.eq(ORGANISATION_RESULT.CALCULATION_ID))
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
						row.get(ORGANISATION_RESULT.RANK_INTERVAL_HIGH), row.get(ORGANISATION_RESULT.RECOVERY_SUPPORT),
						toInteger(row.get(ORGANISATION_RESULT.SUPPORT_SEGMENT)), row.get(CALCULATION.CUT_OFF_1),
						row.get(CALCULATION.CUT_OFF_2), row.get(CALCULATION.CUT_OFF_3)),
				sink);
	}

	/**
	 * The trust data layout, one organisation at a time by trust code: its summary, its
	 * metric results (by metric id) with each metric's catalogue entry and the peer
	 * statistics, and its domain results with the rank of each domain score in the table.
	 * One statement: the metrics are a MULTISET of each organisation's row, the domains a
	 * MULTISET_AGG over the table's domain results ranked once by a window function.
	 */
	@Transactional(readOnly = true)
	public void trustData(long calculationId, String frameworkVersion, Consumer<TrustDataOrganisation> sink) {
		var metrics = multiset(select(METRIC.DOMAIN, METRIC.SUB_DOMAIN, METRIC.CODE, METRIC.NAME, METRIC.BASIS,
				METRIC.UNIT, METRIC.SCORED_ITEM_CODE, METRIC_RESULT.VALUE, METRIC_RESULT.CATEGORY, METRIC_RESULT.SCORE,
				METRIC_RESULT.METRIC_RANK, METRIC_STATISTICS.MEDIAN, METRIC_STATISTICS.LOWER_QUARTILE,
				METRIC_STATISTICS.UPPER_QUARTILE)
			.from(METRIC_RESULT)
			.join(METRIC)
			.on(METRIC.FRAMEWORK_CODE.eq(frameworkVersion), METRIC.CODE.eq(METRIC_RESULT.METRIC_CODE))
			.leftJoin(METRIC_STATISTICS)
			.on(METRIC_STATISTICS.CALCULATION_ID.eq(METRIC_RESULT.CALCULATION_ID),
					METRIC_STATISTICS.METRIC_CODE.eq(METRIC_RESULT.METRIC_CODE))
			.where(METRIC_RESULT.CALCULATION_ID.eq(ORGANISATION_RESULT.CALCULATION_ID),
					METRIC_RESULT.ORGANISATION_CODE.eq(ORGANISATION_RESULT.ORGANISATION_CODE))
			.orderBy(METRIC_RESULT.METRIC_CODE))
			.as("metrics")
			.convertFrom((rows) -> rows
				.map((row) -> new TrustDataOrganisation.Metric(row.value1().getLiteral(), row.value2(), row.value3(),
						row.value4(), row.value5().getLiteral(), row.value6().getLiteral(), row.value7(), row.value8(),
						row.value9(), row.value10(), row.value11(), row.value12(), row.value13(), row.value14())));
		// ranked over the whole table before grouping by organisation: lowest score
		// first,
		// ties share a rank (1, 2, 2, 4), as NHS England ranks its domain scores
		Field<Integer> domainRank = rank().over(partitionBy(DOMAIN_RESULT.DOMAIN).orderBy(DOMAIN_RESULT.SCORE))
			.as("domain_rank");
		var ranked = select(DOMAIN_RESULT.ORGANISATION_CODE, DOMAIN_RESULT.DOMAIN, DOMAIN_RESULT.SCORE,
				DOMAIN_RESULT.SEGMENT, domainRank)
			.from(DOMAIN_RESULT)
			.where(DOMAIN_RESULT.CALCULATION_ID.eq(calculationId))
			.asTable("ranked_domain");
		var domainsOfOrganisation = multisetAgg(ranked.field(DOMAIN_RESULT.DOMAIN), ranked.field(DOMAIN_RESULT.SCORE),
				ranked.field(DOMAIN_RESULT.SEGMENT), ranked.field(domainRank))
			.as("domains");
		var domains = select(ranked.field(DOMAIN_RESULT.ORGANISATION_CODE), domainsOfOrganisation).from(ranked)
			.groupBy(ranked.field(DOMAIN_RESULT.ORGANISATION_CODE))
			.asTable("organisation_domains");
		var domainList = domains.field(domainsOfOrganisation);
		stream(dsl
			.select(REGION.NAME, ORGANISATION.TRUST_TYPE, ORGANISATION.TRUST_SUBTYPE, ORGANISATION.CODE,
					ORGANISATION.NAME, ORGANISATION_RESULT.AVERAGE_SCORE, ORGANISATION_RESULT.SCORE_RANK,
					ORGANISATION_RESULT.SCORE_SEGMENT, ORGANISATION_RESULT.FINAL_SEGMENT,
					ORGANISATION_RESULT.LEAGUE_RANK, ORGANISATION_RESULT.IN_DEFICIT,
					ORGANISATION_RESULT.RECOVERY_SUPPORT, ORGANISATION_RESULT.SUPPORT_SEGMENT, metrics, domainList)
			.from(ORGANISATION_RESULT)
			.join(ORGANISATION)
			.on(ORGANISATION.CODE.eq(ORGANISATION_RESULT.ORGANISATION_CODE))
			.leftJoin(REGION)
			.on(REGION.CODE.eq(ORGANISATION.REGION_CODE))
			.leftJoin(domains)
			.on(domains.field(DOMAIN_RESULT.ORGANISATION_CODE).eq(ORGANISATION_RESULT.ORGANISATION_CODE))
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(calculationId))
			.orderBy(ORGANISATION_RESULT.ORGANISATION_CODE), (row) -> {
				var domainRows = row.get(domainList);
				List<TrustDataOrganisation.Domain> domainResults = (domainRows != null) ? domainRows.stream()
					.map((domain) -> new TrustDataOrganisation.Domain(domain.value1().getLiteral(), domain.value2(),
							toInteger(domain.value3()), domain.value4()))
					.sorted(Comparator.comparing(TrustDataOrganisation.Domain::domain))
					.toList() : List.of();
				return new TrustDataOrganisation(trust(row), row.get(ORGANISATION_RESULT.AVERAGE_SCORE),
						row.get(ORGANISATION_RESULT.SCORE_RANK), toInteger(row.get(ORGANISATION_RESULT.SCORE_SEGMENT)),
						toInteger(row.get(ORGANISATION_RESULT.FINAL_SEGMENT)), row.get(ORGANISATION_RESULT.LEAGUE_RANK),
						row.get(ORGANISATION_RESULT.IN_DEFICIT), row.get(ORGANISATION_RESULT.RECOVERY_SUPPORT),
						toInteger(row.get(ORGANISATION_RESULT.SUPPORT_SEGMENT)), row.get(metrics), domainResults);
			}, sink);
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
