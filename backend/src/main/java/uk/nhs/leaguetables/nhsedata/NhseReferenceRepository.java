package uk.nhs.leaguetables.nhsedata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep20;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.NhseItemKind;
import uk.nhs.leaguetables.db.tables.records.NhseReferencePublicationRecord;
import uk.nhs.leaguetables.db.tables.records.NhseReferenceRowRecord;
import uk.nhs.leaguetables.nhsedata.domain.TrustDataContext;
import uk.nhs.leaguetables.nhsedata.domain.TrustDataRow;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.domain.MetricSpecification;
import uk.nhs.leaguetables.submission.domain.OrganisationFacts;
import uk.nhs.leaguetables.submission.domain.ValueKind;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_VERSION;
import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.NHSE_REFERENCE_PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.NHSE_REFERENCE_ROW;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static uk.nhs.leaguetables.db.Tables.SCORED_ITEM;

/**
 * Stores NHS England's reference publications and their rows, and reads what a trust data
 * file is checked against.
 */
@Repository
class NhseReferenceRepository {

	/** Rows are written in multi-row inserts of this many. */
	private static final int BATCH_SIZE = 1000;

	private final DSLContext dsl;

	NhseReferenceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The registry, the periods and every framework version's catalogue. */
	TrustDataContext context() {
		Map<String, OrganisationFacts> organisations = new HashMap<>();
		dsl.select(ORGANISATION.CODE, ORGANISATION.LEAGUE, ORGANISATION.OPEN_DATE, ORGANISATION.CLOSE_DATE)
			.from(ORGANISATION)
			.forEach((row) -> organisations.put(row.value1(), new OrganisationFacts(row.value1(),
					DatabaseEnums.fromDatabaseNullable(row.value2(), League.class), row.value3(), row.value4())));
		Map<String, String> periods = dsl.select(REPORTING_PERIOD.CODE, REPORTING_PERIOD.FRAMEWORK_CODE)
			.from(REPORTING_PERIOD)
			.fetchMap(REPORTING_PERIOD.CODE, REPORTING_PERIOD.FRAMEWORK_CODE);
		Map<String, String> frameworksByYear = dsl.select(FRAMEWORK_VERSION.FINANCIAL_YEAR, FRAMEWORK_VERSION.CODE)
			.from(FRAMEWORK_VERSION)
			.fetchMap(FRAMEWORK_VERSION.FINANCIAL_YEAR, FRAMEWORK_VERSION.CODE);
		Map<String, Map<String, List<League>>> leagues = new HashMap<>();
		dsl.selectFrom(METRIC_LEAGUE)
			.forEach((row) -> leagues.computeIfAbsent(row.getFrameworkCode(), (framework) -> new HashMap<>())
				.computeIfAbsent(row.getMetricCode(), (metric) -> new ArrayList<>())
				.add(DatabaseEnums.fromDatabase(row.getLeague(), League.class)));
		Map<String, Map<String, MetricSpecification>> metrics = new HashMap<>();
		for (var metric : dsl.selectFrom(METRIC).fetch()) {
			ValueKind kind = ValueKind.forScoringMethod(metric.getScoringMethod().getLiteral());
			metrics.computeIfAbsent(metric.getFrameworkCode(), (framework) -> new HashMap<>())
				.put(metric.getCode(), new MetricSpecification(metric.getCode(),
						Set.copyOf(leagues.getOrDefault(metric.getFrameworkCode(), Map.of())
							.getOrDefault(metric.getCode(), List.of())),
						kind, metric.getUnit() == uk.nhs.leaguetables.db.enums.MetricUnit.PERCENT, metric.getValidMin(),
						metric.getValidMax(), metric.getRatioMultiplier(), Set.of(), metric.getMandatory()));
		}
		Map<String, List<String>> scoredItems = dsl.select(SCORED_ITEM.FRAMEWORK_CODE, SCORED_ITEM.CODE)
			.from(SCORED_ITEM)
			.fetchGroups(SCORED_ITEM.FRAMEWORK_CODE, SCORED_ITEM.CODE);
		Map<String, TrustDataContext.Catalogue> catalogues = new HashMap<>();
		frameworksByYear.values()
			.forEach((framework) -> catalogues.put(framework,
					new TrustDataContext.Catalogue(metrics.getOrDefault(framework, Map.of()),
							Set.copyOf(scoredItems.getOrDefault(framework, List.of())))));
		return new TrustDataContext(organisations, periods, frameworksByYear, catalogues);
	}

	/**
	 * Locks the quarter's league until the transaction ends, so that two imports of it
	 * take their revisions one after the other.
	 * @return false when the quarter has no table for the league
	 */
	boolean lockLeague(String periodCode, League league) {
		return dsl.selectOne()
			.from(PERIOD_LEAGUE)
			.where(PERIOD_LEAGUE.PERIOD_CODE.eq(periodCode), PERIOD_LEAGUE.LEAGUE.eq(database(league)))
			.forNoKeyUpdate()
			.fetchOptional()
			.isPresent();
	}

	Optional<ReferencePublication> findByFile(String periodCode, League league, String fileSha256) {
		return dsl.selectFrom(NHSE_REFERENCE_PUBLICATION)
			.where(NHSE_REFERENCE_PUBLICATION.PERIOD_CODE.eq(periodCode),
					NHSE_REFERENCE_PUBLICATION.LEAGUE.eq(database(league)),
					NHSE_REFERENCE_PUBLICATION.FILE_SHA256.eq(fileSha256))
			.fetchOptional(NhseReferenceRepository::toPublication);
	}

	/** The given revision, or the latest when it is null. */
	Optional<ReferencePublication> find(String periodCode, League league, @Nullable Integer revision) {
		return dsl.selectFrom(NHSE_REFERENCE_PUBLICATION)
			.where(NHSE_REFERENCE_PUBLICATION.PERIOD_CODE.eq(periodCode),
					NHSE_REFERENCE_PUBLICATION.LEAGUE.eq(database(league)),
					(revision != null) ? NHSE_REFERENCE_PUBLICATION.REVISION.eq(revision.shortValue())
							: org.jooq.impl.DSL.noCondition())
			.orderBy(NHSE_REFERENCE_PUBLICATION.REVISION.desc())
			.limit(1)
			.fetchOptional(NhseReferenceRepository::toPublication);
	}

	/**
	 * Stores a new revision of the quarter's reference publication with its rows; the
	 * caller holds the {@linkplain #lockLeague lock} of the quarter's league.
	 */
	ReferencePublication insert(NewPublication publication, List<TrustDataRow> rows) {
		short revision = (short) (dsl.select(max(NHSE_REFERENCE_PUBLICATION.REVISION))
			.from(NHSE_REFERENCE_PUBLICATION)
			.where(NHSE_REFERENCE_PUBLICATION.PERIOD_CODE.eq(publication.periodCode()),
					NHSE_REFERENCE_PUBLICATION.LEAGUE.eq(database(publication.league())))
			.fetchOptional(0, Short.class)
			.orElse((short) 0) + 1);
		NhseReferencePublicationRecord record = dsl.newRecord(NHSE_REFERENCE_PUBLICATION);
		record.setPeriodCode(publication.periodCode());
		record.setLeague(database(publication.league()));
		record.setRevision(revision);
		record.setFrameworkCode(publication.frameworkCode());
		record.setSubmissionId(publication.submissionId());
		record.setFileName(publication.fileName());
		record.setFileSha256(publication.fileSha256());
		record.setFileFormat(DatabaseEnums.toDatabase(publication.fileFormat(),
				uk.nhs.leaguetables.db.enums.SubmissionFormat.class));
		record.setRowCount(rows.size());
		record.setImportedBy(publication.importedBy());
		record.store();
		record.refresh();
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			insertRows(record.getId(), publication.frameworkCode(),
					rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
		}
		return toPublication(record);
	}

	private void insertRows(long publicationId, String frameworkCode, List<TrustDataRow> rows) {
		InsertValuesStep20<NhseReferenceRowRecord, Long, String, Integer, String, String, NhseItemKind, String, String, String, String, String, String, String, String, String, java.math.BigDecimal, java.math.BigDecimal, java.math.BigDecimal, java.math.BigDecimal, Integer> insert = dsl
			.insertInto(NHSE_REFERENCE_ROW, NHSE_REFERENCE_ROW.PUBLICATION_ID, NHSE_REFERENCE_ROW.FRAMEWORK_CODE,
					NHSE_REFERENCE_ROW.SOURCE_ROW, NHSE_REFERENCE_ROW.ORGANISATION_CODE, NHSE_REFERENCE_ROW.METRIC_ID,
					NHSE_REFERENCE_ROW.KIND, NHSE_REFERENCE_ROW.METRIC_CODE, NHSE_REFERENCE_ROW.REGION,
					NHSE_REFERENCE_ROW.TRUST_SUBTYPE, NHSE_REFERENCE_ROW.TRUST_NAME, NHSE_REFERENCE_ROW.DOMAIN,
					NHSE_REFERENCE_ROW.SUB_DOMAIN, NHSE_REFERENCE_ROW.METRIC_DESCRIPTION,
					NHSE_REFERENCE_ROW.REPORTING_DATE, NHSE_REFERENCE_ROW.UNITS, NHSE_REFERENCE_ROW.VALUE,
					NHSE_REFERENCE_ROW.MEDIAN_VALUE, NHSE_REFERENCE_ROW.LOWER_QUARTILE,
					NHSE_REFERENCE_ROW.UPPER_QUARTILE, NHSE_REFERENCE_ROW.RANK);
		for (TrustDataRow row : rows) {
			TrustDataRow.Descriptions text = row.text();
			insert = insert.values(publicationId, frameworkCode, row.rowNumber(), row.trustCode(), row.metricId(),
					NhseItemKind.valueOf(row.kind().name()), row.metricCode(), text.region(), text.trustSubtype(),
					text.trustName(), text.domain(), text.subDomain(), text.metricDescription(), text.reportingDate(),
					text.units(), row.value(), row.median(), row.lowerQuartile(), row.upperQuartile(), row.rank());
		}
		insert.execute();
	}

	/** The rows of each publication, in one query: by trust, then metric id. */
	Map<Long, List<ReferenceRow>> rows(Collection<Long> publicationIds) {
		Map<Long, List<ReferenceRow>> rows = new LinkedHashMap<>();
		publicationIds.forEach((id) -> rows.put(id, new ArrayList<>()));
		dsl.selectFrom(NHSE_REFERENCE_ROW)
			.where(NHSE_REFERENCE_ROW.PUBLICATION_ID.in(publicationIds))
			.orderBy(NHSE_REFERENCE_ROW.PUBLICATION_ID, NHSE_REFERENCE_ROW.ORGANISATION_CODE,
					NHSE_REFERENCE_ROW.METRIC_ID)
			.forEach((row) -> rows.get(row.getPublicationId())
				.add(new ReferenceRow(row.getPublicationId(), row.getSourceRow(), row.getOrganisationCode(),
						row.getMetricId(), row.getKind().name(), row.getMetricCode(), row.getValue(),
						row.getMedianValue(), row.getLowerQuartile(), row.getUpperQuartile(), row.getRank(),
						row.getMetricDescription(), row.getDomain(), row.getSubDomain(), row.getReportingDate(),
						row.getUnits())));
		return rows;
	}

	private static ReferencePublication toPublication(NhseReferencePublicationRecord record) {
		return new ReferencePublication(record.getId(), record.getPeriodCode(),
				DatabaseEnums.fromDatabase(record.getLeague(), League.class), record.getRevision(),
				record.getFrameworkCode(), record.getSubmissionId(), record.getFileName(), record.getFileSha256(),
				DatabaseEnums.fromDatabase(record.getFileFormat(), SubmissionFormat.class), record.getRowCount(),
				record.getImportedBy(), record.getImportedAt(), false);
	}

	private static uk.nhs.leaguetables.db.enums.League database(League league) {
		return DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class);
	}

	/** What a new reference publication records besides its rows. */
	record NewPublication(String periodCode, League league, String frameworkCode, @Nullable Long submissionId,
			String fileName, String fileSha256, SubmissionFormat fileFormat, String importedBy) {
	}

}
