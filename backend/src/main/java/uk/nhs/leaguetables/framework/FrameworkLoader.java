package uk.nhs.leaguetables.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.db.enums.League;
import uk.nhs.leaguetables.db.enums.MetricBasis;
import uk.nhs.leaguetables.db.enums.MetricDirection;
import uk.nhs.leaguetables.db.enums.MetricDomain;
import uk.nhs.leaguetables.db.enums.MetricUnit;
import uk.nhs.leaguetables.db.enums.ScoringMethod;
import uk.nhs.leaguetables.db.enums.SegmentMethod;
import uk.nhs.leaguetables.db.tables.records.FrameworkLeagueRecord;
import uk.nhs.leaguetables.db.tables.records.FrameworkVersionRecord;
import uk.nhs.leaguetables.db.tables.records.ItemCombinationScoreRecord;
import uk.nhs.leaguetables.db.tables.records.MetricCategoryRecord;
import uk.nhs.leaguetables.db.tables.records.MetricLeagueRecord;
import uk.nhs.leaguetables.db.tables.records.MetricRecord;
import uk.nhs.leaguetables.db.tables.records.MetricThresholdRecord;
import uk.nhs.leaguetables.db.tables.records.PeriodLeagueRecord;
import uk.nhs.leaguetables.db.tables.records.ReportingPeriodRecord;
import uk.nhs.leaguetables.db.tables.records.ScoredItemRecord;
import uk.nhs.leaguetables.platform.database.EmptyTableSeeder;
import uk.nhs.leaguetables.platform.database.SeedFiles;

import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_VERSION;

/**
 * Seeds the framework versions (NOF 2025/26 and 2026/27) with their metric catalogues
 * from {@code db/seed/framework} (sources and every assumption in its
 * {@code SOURCES.md}), and opens the four quarters of each version's financial year. Runs
 * only while no framework version exists: a framework version is immutable once periods
 * are assessed under it, and a changed rule is a new version.
 */
@Component
class FrameworkLoader extends EmptyTableSeeder {

	private static final Logger log = LoggerFactory.getLogger(FrameworkLoader.class);

	private final AuditLog auditLog;

	FrameworkLoader(DSLContext dsl, TransactionTemplate transaction, AuditLog auditLog) {
		super(dsl, transaction, FRAMEWORK_VERSION);
		this.auditLog = auditLog;
	}

	@Override
	protected void seed() {
		List<CSVRecord> versions = SeedFiles.read("framework/framework_version.csv");
		List<CSVRecord> metrics = SeedFiles.read("framework/metric.csv");
		List<CSVRecord> composites = SeedFiles.read("framework/composite_item.csv");

		dsl.batchInsert(versions.stream().map(FrameworkLoader::version).toList()).execute();
		List<FrameworkLeagueRecord> leagues = leagues(metrics, composites);
		dsl.batchInsert(leagues).execute();
		dsl.batchInsert(scoredItems(metrics, composites)).execute();
		dsl.batchInsert(metrics.stream().map(FrameworkLoader::metric).toList()).execute();
		dsl.batchInsert(metrics.stream()
			.flatMap((row) -> leaguesOf(row).stream()
				.map((league) -> new MetricLeagueRecord(row.get("framework"), row.get("metric_id"), league)))
			.toList()).execute();
		dsl.batchInsert(SeedFiles.read("framework/metric_threshold.csv")
			.stream()
			.map((row) -> new MetricThresholdRecord(row.get("framework"), row.get("metric_id"),
					Short.valueOf(row.get("score")), new BigDecimal(row.get("bound")),
					Boolean.valueOf(row.get("inclusive"))))
			.toList()).execute();
		dsl.batchInsert(SeedFiles.read("framework/metric_category.csv")
			.stream()
			.map((row) -> new MetricCategoryRecord(row.get("framework"), row.get("metric_id"), row.get("category"),
					new BigDecimal(row.get("score"))))
			.toList()).execute();
		dsl.batchInsert(SeedFiles.read("framework/item_combination_score.csv")
			.stream()
			.map((row) -> new ItemCombinationScoreRecord(row.get("framework"), row.get("item_id"),
					row.get("member_scores"), new BigDecimal(row.get("score")), row.get("evidence")))
			.toList()).execute();
		List<ReportingPeriodRecord> periods = versions.stream().flatMap((row) -> quartersOf(row).stream()).toList();
		dsl.batchInsert(periods).execute();
		dsl.batchInsert(periodLeagues(periods, leagues)).execute();

		auditLog.record(AuditEntry.bySystem("FRAMEWORKS_LOADED", "framework_version",
				String.join(",", versions.stream().map((row) -> row.get("code")).toList()),
				"{\"versions\": %d, \"metrics\": %d, \"periods\": %d}".formatted(versions.size(), metrics.size(),
						periods.size())));
		log.info("Loaded {} framework versions with {} metrics and opened {} reporting periods", versions.size(),
				metrics.size(), periods.size());
	}

	private static FrameworkVersionRecord version(CSVRecord row) {
		FrameworkVersionRecord version = new FrameworkVersionRecord();
		version.setCode(row.get("code"));
		version.setName(row.get("name"));
		version.setFinancialYear(row.get("financial_year"));
		version.setSegmentMethod(SegmentMethod.valueOf(row.get("segment_method")));
		version.setSegmentThreshold_1(decimal(row.get("threshold_1")));
		version.setSegmentThreshold_2(decimal(row.get("threshold_2")));
		version.setSegmentThreshold_3(decimal(row.get("threshold_3")));
		version.setMinimumCoverage(new BigDecimal(row.get("minimum_coverage")));
		version.setFinancialOverrideMaxSegment(Short.valueOf(row.get("financial_override_max_segment")));
		version.setDeficitMetricCode(SeedFiles.blankToNull(row.get("deficit_metric")));
		version.setBootstrapReplicates(Integer.valueOf(row.get("bootstrap_replicates")));
		version.setBootstrapSeed(Long.valueOf(row.get("bootstrap_seed")));
		version.setSource(row.get("source"));
		version.setNotes(SeedFiles.blankToNull(row.get("notes")));
		version.setRecoverySupportKeepsSegment(Boolean.valueOf(row.get("recovery_support_keeps_segment")));
		return version;
	}

	private static List<FrameworkLeagueRecord> leagues(List<CSVRecord> metrics, List<CSVRecord> composites) {
		Set<FrameworkLeagueRecord> leagues = new LinkedHashSet<>();
		for (CSVRecord row : metrics) {
			leaguesOf(row).forEach((league) -> leagues.add(new FrameworkLeagueRecord(row.get("framework"), league)));
		}
		for (CSVRecord row : composites) {
			leaguesOf(row).forEach((league) -> leagues.add(new FrameworkLeagueRecord(row.get("framework"), league)));
		}
		return new ArrayList<>(leagues);
	}

	/**
	 * A metric that counts alone is its own scored item; composites are declared in their
	 * own file.
	 */
	private static List<ScoredItemRecord> scoredItems(List<CSVRecord> metrics, List<CSVRecord> composites) {
		Map<String, ScoredItemRecord> items = new LinkedHashMap<>();
		for (CSVRecord row : metrics) {
			String item = row.get("scored_item");
			if (item.equals(row.get("score_id"))) {
				items.put(row.get("framework") + item, new ScoredItemRecord(row.get("framework"), item, row.get("name"),
						domain(row.get("domain")), SeedFiles.blankToNull(row.get("sub_domain")), false, "MEAN", null));
			}
		}
		for (CSVRecord row : composites) {
			ScoredItemRecord item = new ScoredItemRecord();
			item.setFrameworkCode(row.get("framework"));
			item.setCode(row.get("item_id"));
			item.setName(row.get("name"));
			item.setDomain(domain(row.get("domain")));
			item.setSubDomain(SeedFiles.blankToNull(row.get("sub_domain")));
			item.setIsComposite(true);
			item.setCombination(row.get("combination"));
			String members = SeedFiles.blankToNull(row.get("combination_members"));
			item.setCombinationMembers((members != null) ? members.split(";") : null);
			items.put(row.get("framework") + row.get("item_id"), item);
		}
		return new ArrayList<>(items.values());
	}

	private static MetricRecord metric(CSVRecord row) {
		MetricRecord metric = new MetricRecord();
		metric.setFrameworkCode(row.get("framework"));
		metric.setCode(row.get("metric_id"));
		metric.setScoredItemCode(SeedFiles.blankToNull(row.get("scored_item")));
		metric.setName(row.get("name"));
		metric.setDomain(domain(row.get("domain")));
		metric.setSubDomain(SeedFiles.blankToNull(row.get("sub_domain")));
		metric.setUnit(MetricUnit.valueOf(row.get("unit")));
		metric.setDirection(MetricDirection.valueOf(row.get("direction")));
		metric.setBasis(MetricBasis.valueOf(row.get("basis")));
		metric.setBasisNote(SeedFiles.blankToNull(row.get("basis_note")));
		metric.setScoringMethod(ScoringMethod.valueOf(row.get("scoring_method")));
		metric.setValidMin(decimal(row.get("valid_min")));
		metric.setValidMax(decimal(row.get("valid_max")));
		metric.setRatioMultiplier(decimal(row.get("ratio_multiplier")));
		metric.setCapLowerPercentile(decimal(row.get("cap_lower_percentile")));
		metric.setCapUpperPercentile(decimal(row.get("cap_upper_percentile")));
		metric.setMandatory(Boolean.valueOf(row.get("mandatory")));
		metric.setSource(row.get("source"));
		metric.setAssumption(SeedFiles.blankToNull(row.get("assumption")));
		metric.setPeerPool(row.get("peer_pool"));
		metric.setTiePosition(row.get("tie_position"));
		metric.setTargetStandard(decimal(row.get("target_standard")));
		String targetInclusive = SeedFiles.blankToNull(row.get("target_inclusive"));
		metric.setTargetInclusive((targetInclusive != null) ? Boolean.valueOf(targetInclusive) : null);
		metric.setMeetingBest(decimal(row.get("meeting_best")));
		metric.setMeetingWorst(decimal(row.get("meeting_worst")));
		metric.setMissingBest(decimal(row.get("missing_best")));
		metric.setMissingWorst(decimal(row.get("missing_worst")));
		metric.setCaveat(SeedFiles.blankToNull(row.get("caveat")));
		return metric;
	}

	/**
	 * The four quarters of the version's financial year, e.g. 2025/26 Q1 (April–June
	 * 2025) to Q4.
	 */
	private static List<ReportingPeriodRecord> quartersOf(CSVRecord version) {
		String financialYear = version.get("financial_year");
		short startYear = Short.parseShort(financialYear.substring(0, 4));
		List<ReportingPeriodRecord> quarters = new ArrayList<>();
		for (short quarter = 1; quarter <= 4; quarter++) {
			LocalDate start = LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
			quarters.add(new ReportingPeriodRecord(financialYear + " Q" + quarter, startYear, quarter, start,
					start.plusMonths(3).minusDays(1), version.get("code")));
		}
		return quarters;
	}

	private static List<PeriodLeagueRecord> periodLeagues(List<ReportingPeriodRecord> periods,
			List<FrameworkLeagueRecord> leagues) {
		List<PeriodLeagueRecord> periodLeagues = new ArrayList<>();
		for (ReportingPeriodRecord period : periods) {
			leagues.stream()
				.filter((league) -> league.getFrameworkCode().equals(period.getFrameworkCode()))
				.forEach((league) -> {
					PeriodLeagueRecord periodLeague = new PeriodLeagueRecord();
					periodLeague.setPeriodCode(period.getCode());
					periodLeague.setLeague(league.getLeague());
					periodLeagues.add(periodLeague);
				});
		}
		return periodLeagues;
	}

	private static List<League> leaguesOf(CSVRecord row) {
		return Arrays.stream(row.get("leagues").split(";")).map(String::strip).map(League::valueOf).toList();
	}

	private static MetricDomain domain(String name) {
		return switch (name) {
			case "Access to services" -> MetricDomain.ACCESS_TO_SERVICES;
			case "Effectiveness and experience" -> MetricDomain.EFFECTIVENESS_AND_EXPERIENCE;
			case "Patient safety" -> MetricDomain.PATIENT_SAFETY;
			case "People and workforce" -> MetricDomain.PEOPLE_AND_WORKFORCE;
			case "Finance and productivity" -> MetricDomain.FINANCE_AND_PRODUCTIVITY;
			default -> throw new IllegalStateException("Unknown domain in framework seed: " + name);
		};
	}

	private static @Nullable BigDecimal decimal(String text) {
		String value = SeedFiles.blankToNull(text);
		return (value != null) ? new BigDecimal(value) : null;
	}

}
