package uk.nhs.leaguetables.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.AdjustmentKind;
import uk.nhs.leaguetables.db.enums.CalculationStatus;
import uk.nhs.leaguetables.db.enums.MetricDomain;
import uk.nhs.leaguetables.db.enums.SegmentDecisionKind;
import uk.nhs.leaguetables.db.enums.SubmissionStatus;
import uk.nhs.leaguetables.db.enums.ValueStatus;
import uk.nhs.leaguetables.db.tables.records.CalculationDomainCutOffRecord;
import uk.nhs.leaguetables.db.tables.records.CalculationRecord;
import uk.nhs.leaguetables.db.tables.records.DomainResultRecord;
import uk.nhs.leaguetables.db.tables.records.FrameworkVersionRecord;
import uk.nhs.leaguetables.db.tables.records.MetricRecord;
import uk.nhs.leaguetables.db.tables.records.MetricResultRecord;
import uk.nhs.leaguetables.db.tables.records.MetricStatisticsRecord;
import uk.nhs.leaguetables.db.tables.records.OrganisationResultRecord;
import uk.nhs.leaguetables.db.tables.records.ReportingPeriodRecord;
import uk.nhs.leaguetables.db.tables.records.ResultAdjustmentRecord;
import uk.nhs.leaguetables.framework.CompositeItem;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.ManualSegmentOverride;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.input.RecoverySupport;
import uk.nhs.leaguetables.scoring.result.Adjustment;
import uk.nhs.leaguetables.scoring.result.DomainScore;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.MetricSummary;
import uk.nhs.leaguetables.scoring.result.Movement;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.result.ScoreDecimals;
import uk.nhs.leaguetables.scoring.rules.BootstrapSettings;
import uk.nhs.leaguetables.scoring.rules.Boundary;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.ItemCombination;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.PeerPool;
import uk.nhs.leaguetables.scoring.rules.PercentileCaps;
import uk.nhs.leaguetables.scoring.rules.ScoreRange;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;
import uk.nhs.leaguetables.scoring.rules.TiePosition;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.or;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.DEFICIT_SUPPORT;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_VERSION;
import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_CATEGORY;
import static uk.nhs.leaguetables.db.Tables.METRIC_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.METRIC_THRESHOLD;
import static uk.nhs.leaguetables.db.Tables.METRIC_VALUE;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static uk.nhs.leaguetables.db.Tables.SEGMENT_DECISION;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION;

/**
 * Reads what a league table is computed from (the framework version's rules, the values
 * and deficit-support flags accepted up to a moment, the recorded segment decisions, the
 * previous published table) and stores what it computes, as jOOQ batches.
 */
@Repository
class CalculationRepository {

	private final DSLContext dsl;

	private final FrameworkRepository frameworks;

	CalculationRepository(DSLContext dsl, FrameworkRepository frameworks) {
		this.dsl = dsl;
		this.frameworks = frameworks;
	}

	/**
	 * The engine's view of one league of one period, with the values as accepted up to
	 * {@code asOf}.
	 */
	Optional<CalculationInputs> inputs(String periodCode, League league, OffsetDateTime asOf) {
		var period = dsl.fetchOptional(REPORTING_PERIOD, REPORTING_PERIOD.CODE.eq(periodCode));
		if (period.isEmpty()) {
			return Optional.empty();
		}
		FrameworkVersionRecord framework = dsl.fetchSingle(FRAMEWORK_VERSION,
				FRAMEWORK_VERSION.CODE.eq(period.get().getFrameworkCode()));
		List<League> scoredTogether = scoredTogether(framework.getCode(), league);
		var dbLeagues = scoredTogether.stream()
			.map((each) -> DatabaseEnums.toDatabase(each, uk.nhs.leaguetables.db.enums.League.class))
			.toList();
		List<MetricRecord> metrics = dsl.selectDistinct(METRIC.fields())
			.from(METRIC)
			.join(METRIC_LEAGUE)
			.on(METRIC_LEAGUE.FRAMEWORK_CODE.eq(METRIC.FRAMEWORK_CODE), METRIC_LEAGUE.METRIC_CODE.eq(METRIC.CODE))
			.where(METRIC.FRAMEWORK_CODE.eq(framework.getCode()), METRIC_LEAGUE.LEAGUE.in(dbLeagues),
					METRIC.SCORED_ITEM_CODE.isNotNull())
			.orderBy(METRIC.CODE)
			.fetchInto(METRIC);
		FrameworkRules rules = rules(framework, metrics);
		Map<uk.nhs.leaguetables.db.enums.League, List<String>> metricCodesByLeague = dsl
			.select(METRIC_LEAGUE.LEAGUE, METRIC_LEAGUE.METRIC_CODE)
			.from(METRIC_LEAGUE)
			.where(METRIC_LEAGUE.FRAMEWORK_CODE.eq(framework.getCode()), METRIC_LEAGUE.LEAGUE.in(dbLeagues))
			.fetchGroups(METRIC_LEAGUE.LEAGUE, METRIC_LEAGUE.METRIC_CODE);
		SegmentDecisions decisions = segmentDecisions(periodCode, asOf);
		List<LeagueInput> leagues = scoredTogether.stream()
			.map((each) -> leagueInput(period.get(), each,
					metricCodesByLeague.getOrDefault(
							DatabaseEnums.toDatabase(each, uk.nhs.leaguetables.db.enums.League.class), List.of()),
					decisions, asOf))
			.toList();
		return Optional.of(new CalculationInputs(framework.getCode(), rules,
				leagues.get(scoredTogether.indexOf(league)), leagues));
	}

	/**
	 * The leagues whose tables are computed together with {@code league}'s (methodology
	 * sections 3 and 5.1: peer pools and pooled cut-offs span the trust leagues): every
	 * trust league of the framework for a trust league, the league alone otherwise.
	 */
	private List<League> scoredTogether(String frameworkCode, League league) {
		if (!league.isTrustLeague()) {
			return List.of(league);
		}
		return dsl.select(FRAMEWORK_LEAGUE.LEAGUE)
			.from(FRAMEWORK_LEAGUE)
			.where(FRAMEWORK_LEAGUE.FRAMEWORK_CODE.eq(frameworkCode))
			.fetch(FRAMEWORK_LEAGUE.LEAGUE)
			.stream()
			.map((each) -> DatabaseEnums.fromDatabase(each, League.class))
			.filter(League::isTrustLeague)
			.sorted()
			.toList();
	}

	/** The period's segment decisions in force at {@code asOf}, by organisation. */
	private record SegmentDecisions(Map<String, RecoverySupport> recoverySupport,
			Map<String, ManualSegmentOverride> overrides) {
	}

	private SegmentDecisions segmentDecisions(String periodCode, OffsetDateTime asOf) {
		var decisions = new SegmentDecisions(new HashMap<>(), new HashMap<>());
		dsl.selectFrom(SEGMENT_DECISION)
			.where(SEGMENT_DECISION.PERIOD_CODE.eq(periodCode), SEGMENT_DECISION.DECIDED_AT.le(asOf),
					or(SEGMENT_DECISION.WITHDRAWN_AT.isNull(), SEGMENT_DECISION.WITHDRAWN_AT.gt(asOf)))
			.fetch()
			.forEach((decision) -> {
				if (decision.getKind() == SegmentDecisionKind.RECOVERY_SUPPORT) {
					decisions.recoverySupport()
						.put(decision.getOrganisationCode(), new RecoverySupport(decision.getJustification()));
				}
				else {
					decisions.overrides()
						.put(decision.getOrganisationCode(), new ManualSegmentOverride(decision.getSegment(),
								decision.getJustification(), decision.getDecidedBy()));
				}
			});
		return decisions;
	}

	private LeagueInput leagueInput(ReportingPeriodRecord period, League league, List<String> metricCodes,
			SegmentDecisions decisions, OffsetDateTime asOf) {
		String periodCode = period.getCode();
		var dbLeague = DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class);
		List<String> organisations = dsl.select(ORGANISATION.CODE)
			.from(ORGANISATION)
			.where(ORGANISATION.LEAGUE.eq(dbLeague),
					ORGANISATION.OPEN_DATE.isNull().or(ORGANISATION.OPEN_DATE.le(period.getEndDate())),
					ORGANISATION.CLOSE_DATE.isNull().or(ORGANISATION.CLOSE_DATE.ge(period.getStartDate())))
			.orderBy(ORGANISATION.CODE)
			.fetch(ORGANISATION.CODE);
		Map<String, Map<String, Observation>> observations = observations(periodCode, organisations, metricCodes, asOf);
		Set<String> inDeficitSupport = inDeficitSupport(periodCode, organisations, asOf);
		List<OrganisationInput> inputs = organisations.stream()
			.map((code) -> new OrganisationInput(code, observations.getOrDefault(code, Map.of()),
					inDeficitSupport.contains(code), decisions.recoverySupport().get(code),
					decisions.overrides().get(code)))
			.toList();
		return new LeagueInput(league.name(), periodCode, inputs, previousResults(periodCode, dbLeague, asOf));
	}

	private FrameworkRules rules(FrameworkVersionRecord framework, List<MetricRecord> metrics) {
		Map<String, List<ThresholdBand>> bands = new HashMap<>();
		dsl.selectFrom(METRIC_THRESHOLD)
			.where(METRIC_THRESHOLD.FRAMEWORK_CODE.eq(framework.getCode()))
			.orderBy(METRIC_THRESHOLD.METRIC_CODE, METRIC_THRESHOLD.SCORE)
			.fetch()
			.forEach((band) -> bands.computeIfAbsent(band.getMetricCode(), (code) -> new ArrayList<>())
				.add(new ThresholdBand(band.getBound().doubleValue(),
						band.getInclusive() ? Boundary.INCLUSIVE : Boundary.EXCLUSIVE, band.getScore())));
		Map<String, Map<String, Double>> categories = new HashMap<>();
		dsl.selectFrom(METRIC_CATEGORY)
			.where(METRIC_CATEGORY.FRAMEWORK_CODE.eq(framework.getCode()))
			.fetch()
			.forEach((category) -> categories.computeIfAbsent(category.getMetricCode(), (code) -> new HashMap<>())
				.put(category.getCategory(), category.getScore().doubleValue()));
		List<MetricRule> rules = metrics.stream()
			.map((metric) -> new MetricRule(metric.getCode(), metric.getName(), metric.getDomain().name(),
					metric.getUnit().name(),
					(metric.getDirection() == uk.nhs.leaguetables.db.enums.MetricDirection.HIGHER_IS_BETTER)
							? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
					method(metric, bands, categories), metric.getScoredItemCode(), PeerPool.parse(metric.getPeerPool()),
					metric.getCaveat()))
			.toList();
		SegmentMethod segmentMethod = switch (framework.getSegmentMethod()) {
			case QUARTILE -> new SegmentMethod.Quartile();
			case POOLED_QUARTILES -> new SegmentMethod.PooledQuartiles();
			case THRESHOLDS -> new SegmentMethod.Thresholds(new SegmentCutOffs(framework.getSegmentThreshold_1(),
					framework.getSegmentThreshold_2(), framework.getSegmentThreshold_3()));
		};
		String deficitMetric = rules.stream().anyMatch((rule) -> rule.code().equals(framework.getDeficitMetricCode()))
				? framework.getDeficitMetricCode() : null;
		return new FrameworkRules(framework.getCode(), rules, segmentMethod, framework.getMinimumCoverage(),
				framework.getFinancialOverrideMaxSegment(), deficitMetric,
				new BootstrapSettings(framework.getBootstrapReplicates(), framework.getBootstrapSeed()),
				combinations(framework.getCode()), framework.getRecoverySupportKeepsSegment());
	}

	/** How each composite item combines its members' scores, by item code. */
	private Map<String, ItemCombination> combinations(String frameworkCode) {
		return frameworks.compositeItems(frameworkCode)
			.stream()
			.collect(Collectors.toMap(CompositeItem::code, CompositeItem::combination));
	}

	private static ScoringMethod method(MetricRecord metric, Map<String, List<ThresholdBand>> bands,
			Map<String, Map<String, Double>> categories) {
		return switch (metric.getScoringMethod()) {
			case CONTINUOUS -> (metric.getCapLowerPercentile() != null && metric.getCapUpperPercentile() != null)
					? new ScoringMethod.Continuous(new PercentileCaps(metric.getCapLowerPercentile().doubleValue(),
							metric.getCapUpperPercentile().doubleValue()))
					: ScoringMethod.Continuous.uncapped();
			case RANKED -> new ScoringMethod.Ranked(TiePosition.valueOf(metric.getTiePosition()));
			case TARGET_THEN_RANKED -> new ScoringMethod.TargetThenRanked(metric.getTargetStandard().doubleValue(),
					metric.getTargetInclusive() ? Boundary.INCLUSIVE : Boundary.EXCLUSIVE,
					new ScoreRange(metric.getMeetingBest().doubleValue(), metric.getMeetingWorst().doubleValue()),
					new ScoreRange(metric.getMissingBest().doubleValue(), metric.getMissingWorst().doubleValue()));
			case THRESHOLD -> new ScoringMethod.Threshold(bands.getOrDefault(metric.getCode(), List.of()), 4);
			case CATEGORY -> new ScoringMethod.Category(categories.getOrDefault(metric.getCode(), Map.of()));
			case MANUAL -> new ScoringMethod.Manual();
		};
	}

	/**
	 * The value of each organisation and metric from the latest submission accepted up to
	 * {@code asOf}; rows saying NOT_APPLICABLE or NOT_SUBMITTED leave the metric out
	 * (methodology section 4: never imputed).
	 */
	private Map<String, Map<String, Observation>> observations(String periodCode, List<String> organisations,
			List<String> metrics, OffsetDateTime asOf) {
		Map<String, Map<String, Observation>> observations = new HashMap<>();
		dsl.select(METRIC_VALUE.ORGANISATION_CODE, METRIC_VALUE.METRIC_CODE, METRIC_VALUE.STATUS, METRIC_VALUE.VALUE,
				METRIC_VALUE.CATEGORY, METRIC_VALUE.MANUAL_SCORE, METRIC_VALUE.COMMENT)
			.distinctOn(METRIC_VALUE.ORGANISATION_CODE, METRIC_VALUE.METRIC_CODE)
			.from(METRIC_VALUE)
			.join(SUBMISSION)
			.on(SUBMISSION.ID.eq(METRIC_VALUE.SUBMISSION_ID))
			.where(METRIC_VALUE.PERIOD_CODE.eq(periodCode),
					METRIC_VALUE.ORGANISATION_CODE.eq(any(organisations.toArray(String[]::new))),
					METRIC_VALUE.METRIC_CODE.in(metrics), SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED),
					SUBMISSION.DECIDED_AT.le(asOf))
			.orderBy(METRIC_VALUE.ORGANISATION_CODE, METRIC_VALUE.METRIC_CODE, SUBMISSION.DECIDED_AT.desc(),
					SUBMISSION.ID.desc())
			.fetch()
			.forEach((value) -> {
				Observation observation = observation(value);
				if (observation != null) {
					observations.computeIfAbsent(value.get(METRIC_VALUE.ORGANISATION_CODE), (code) -> new HashMap<>())
						.put(value.get(METRIC_VALUE.METRIC_CODE), observation);
				}
			});
		return observations;
	}

	/**
	 * The organisations whose deficit-support flag, from the latest submission accepted
	 * up to {@code asOf} that set one, says they receive deficit support: in financial
	 * deficit (methodology section 5.2). No flag accepted means no deficit support.
	 */
	private Set<String> inDeficitSupport(String periodCode, List<String> organisations, OffsetDateTime asOf) {
		Set<String> inDeficit = new HashSet<>();
		dsl.select(DEFICIT_SUPPORT.ORGANISATION_CODE, DEFICIT_SUPPORT.RECEIVES_DEFICIT_SUPPORT)
			.distinctOn(DEFICIT_SUPPORT.ORGANISATION_CODE)
			.from(DEFICIT_SUPPORT)
			.join(SUBMISSION)
			.on(SUBMISSION.ID.eq(DEFICIT_SUPPORT.SUBMISSION_ID))
			.where(DEFICIT_SUPPORT.PERIOD_CODE.eq(periodCode),
					DEFICIT_SUPPORT.ORGANISATION_CODE.eq(any(organisations.toArray(String[]::new))),
					SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED), SUBMISSION.DECIDED_AT.le(asOf))
			.orderBy(DEFICIT_SUPPORT.ORGANISATION_CODE, SUBMISSION.DECIDED_AT.desc(), SUBMISSION.ID.desc())
			.fetch()
			.forEach((flag) -> {
				if (flag.value2()) {
					inDeficit.add(flag.value1());
				}
			});
		return inDeficit;
	}

	private static @Nullable Observation observation(Record value) {
		if (value.get(METRIC_VALUE.STATUS) != ValueStatus.VALUE) {
			return null;
		}
		if (value.get(METRIC_VALUE.MANUAL_SCORE) != null) {
			String justification = value.get(METRIC_VALUE.COMMENT);
			return new Observation.ManualScore(value.get(METRIC_VALUE.MANUAL_SCORE).doubleValue(),
					(justification != null) ? justification : "");
		}
		if (value.get(METRIC_VALUE.CATEGORY) != null) {
			return new Observation.Categorical(value.get(METRIC_VALUE.CATEGORY));
		}
		return new Observation.Numeric(value.get(METRIC_VALUE.VALUE).doubleValue());
	}

	/**
	 * Segment and rank in the latest published table of the previous quarter, for
	 * movement (section 7).
	 */
	/**
	 * The previous quarter's latest revision published up to {@code asOf}, so that
	 * movement is against the corrected table and a recomputation sees what the original
	 * computation saw.
	 */
	private Map<String, PreviousResult> previousResults(String periodCode, uk.nhs.leaguetables.db.enums.League league,
			OffsetDateTime asOf) {
		var period = REPORTING_PERIOD.as("period");
		var previous = REPORTING_PERIOD.as("previous");
		Long previousCalculation = dsl.select(PUBLICATION.CALCULATION_ID)
			.from(PUBLICATION)
			.join(previous)
			.on(previous.CODE.eq(PUBLICATION.PERIOD_CODE))
			.join(period)
			.on(period.CODE.eq(periodCode), previous.END_DATE.eq(period.START_DATE.minus(1)))
			.where(PUBLICATION.LEAGUE.eq(league), PUBLICATION.PUBLISHED_AT.le(asOf))
			.orderBy(PUBLICATION.REVISION.desc())
			.limit(1)
			.fetchOne(PUBLICATION.CALCULATION_ID);
		if (previousCalculation == null) {
			return Map.of();
		}
		Map<String, PreviousResult> results = new HashMap<>();
		dsl.selectFrom(ORGANISATION_RESULT)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(previousCalculation))
			.fetch()
			.forEach((row) -> results.put(row.getOrganisationCode(),
					new PreviousResult(toInteger(row.getFinalSegment()), row.getLeagueRank())));
		return results;
	}

	long store(CalculationInputs inputs, LeagueResult result, League league, String computedBy,
			OffsetDateTime computedAt, String engineVersion, Map<String, String> explanationJsonByOrganisation) {
		CalculationRecord calculation = dsl.newRecord(CALCULATION);
		calculation.setPeriodCode(result.period());
		calculation.setLeague(DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class));
		calculation.setFrameworkCode(inputs.frameworkCode());
		calculation.setStatus(CalculationStatus.DRAFT);
		calculation.setComputedAt(computedAt);
		calculation.setComputedBy(computedBy);
		calculation.setEngineVersion(engineVersion);
		calculation.setInputDigest(result.inputDigest());
		calculation.setOutputDigest(OutputDigest.of(result));
		calculation.setSegmentMethod(result.segmentMethod());
		if (result.cutOffs() != null) {
			calculation.setCutOff_1(result.cutOffs().segment1UpTo());
			calculation.setCutOff_2(result.cutOffs().segment2UpTo());
			calculation.setCutOff_3(result.cutOffs().segment3UpTo());
		}
		calculation.setScoredWith(inputs.scoredTogether()
			.stream()
			.map((each) -> uk.nhs.leaguetables.db.enums.League.valueOf(each.league()))
			.toArray(uk.nhs.leaguetables.db.enums.League[]::new));
		calculation.store();
		long id = calculation.getId();
		dsl.batchInsert(result.domainCutOffs()
			.entrySet()
			.stream()
			.map((domain) -> new CalculationDomainCutOffRecord(id, MetricDomain.valueOf(domain.getKey()),
					domain.getValue().segment1UpTo(), domain.getValue().segment2UpTo(),
					domain.getValue().segment3UpTo()))
			.toList()).execute();
		storeResults(id, result, explanationJsonByOrganisation);
		return id;
	}

	private void storeResults(long calculationId, LeagueResult result, Map<String, String> explanations) {
		List<OrganisationResultRecord> organisations = new ArrayList<>();
		List<MetricResultRecord> metrics = new ArrayList<>();
		List<DomainResultRecord> domains = new ArrayList<>();
		List<ResultAdjustmentRecord> adjustments = new ArrayList<>();
		for (OrganisationResult row : result.organisations()) {
			OrganisationResultRecord record = new OrganisationResultRecord();
			record.setCalculationId(calculationId);
			record.setOrganisationCode(row.code());
			record.setAverageScore(row.averageScore());
			record.setScoredItemCount((short) row.scoredItemCount());
			record.setInDeficit(row.inDeficit());
			record.setRecoverySupport(row.inRecoverySupport());
			record.setSupportSegment(toShort(row.supportSegment()));
			record.setExplanation(JSONB.valueOf(explanations.get(row.code())));
			if (row.likelyRange() != null) {
				record.setScoreIntervalLow(row.likelyRange().lowestScore());
				record.setScoreIntervalHigh(row.likelyRange().highestScore());
				record.setRankIntervalLow(row.likelyRange().bestRank());
				record.setRankIntervalHigh(row.likelyRange().worstRank());
			}
			switch (row.placement()) {
				case Placement.Segmented segmented -> {
					record.setScoreSegment((short) segmented.scoreSegment());
					record.setFinalSegment((short) segmented.finalSegment());
					record.setLeagueRank(segmented.rank());
					record.setScoreRank(segmented.rankByAverage());
					if (segmented.distanceToNextSegment() != null
							&& segmented.distanceToNextSegment().improvementNeeded() != null) {
						record.setDistanceToNextSegment(segmented.distanceToNextSegment()
							.improvementNeeded()
							.setScale(2, RoundingMode.HALF_UP));
					}
					short sequence = 1;
					for (Adjustment adjustment : segmented.adjustments()) {
						adjustments.add(new ResultAdjustmentRecord(calculationId, row.code(), sequence++,
								AdjustmentKind.valueOf(adjustment.kind().name()), (short) adjustment.fromSegment(),
								(short) adjustment.toSegment(), adjustment.reason()));
					}
				}
				case Placement.NotSegmented notSegmented -> record.setNotSegmentedReason(notSegmented.reason());
			}
			if (row.movement() instanceof Movement.SincePrevious since) {
				record.setSegmentChange(toShort(since.segmentsUp()));
				record.setRankChange(since.placesUp());
			}
			organisations.add(record);
			for (MetricResult metric : row.metrics()) {
				metrics.add(new MetricResultRecord(calculationId, row.code(), metric.metricCode(),
						(metric.observation() instanceof Observation.Numeric numeric)
								? BigDecimal.valueOf(numeric.value()) : null,
						(metric.observation() instanceof Observation.Categorical categorical) ? categorical.category()
								: null,
						metric.score(), metric.rank(), metric.explanation()));
			}
			for (DomainScore domain : row.domains()) {
				domains.add(new DomainResultRecord(calculationId, row.code(), MetricDomain.valueOf(domain.domain()),
						domain.averageScore(), toShort(domain.segment())));
			}
		}
		dsl.batchInsert(organisations).execute();
		dsl.batchInsert(metrics).execute();
		dsl.batchInsert(domains).execute();
		dsl.batchInsert(adjustments).execute();
		dsl.batchInsert(result.metrics().stream().map((summary) -> statistics(calculationId, summary)).toList())
			.execute();
	}

	private static MetricStatisticsRecord statistics(long calculationId, MetricSummary summary) {
		MetricStatisticsRecord statistics = new MetricStatisticsRecord();
		statistics.setCalculationId(calculationId);
		statistics.setMetricCode(summary.metricCode());
		statistics.setPeerCount(summary.peerCount());
		statistics.setPeerPool(summary.peerPool());
		if (summary.values() != null) {
			statistics.setBest(BigDecimal.valueOf(summary.values().best()));
			statistics.setWorst(BigDecimal.valueOf(summary.values().worst()));
			statistics.setMedian(BigDecimal.valueOf(summary.values().median()));
			statistics.setLowerQuartile(BigDecimal.valueOf(summary.values().lowerQuartile()));
			statistics.setUpperQuartile(BigDecimal.valueOf(summary.values().upperQuartile()));
		}
		return statistics;
	}

	Optional<StoredCalculation> find(long calculationId) {
		return dsl.fetchOptional(CALCULATION, CALCULATION.ID.eq(calculationId))
			.map((calculation) -> new StoredCalculation(calculation.getId(), calculation.getPeriodCode(),
					DatabaseEnums.fromDatabase(calculation.getLeague(), League.class), calculation.getFrameworkCode(),
					calculation.getComputedAt(), calculation.getComputedBy(), calculation.getInputDigest(),
					calculation.getOutputDigest()));
	}

	/**
	 * Each organisation's stored numbers as {@link ResultRows} lines, to compare with a
	 * recomputation.
	 */
	Map<String, String> storedRows(long calculationId) {
		Map<String, SortedMap<String, BigDecimal>> scores = new HashMap<>();
		dsl.select(METRIC_RESULT.ORGANISATION_CODE, METRIC_RESULT.METRIC_CODE, METRIC_RESULT.SCORE)
			.from(METRIC_RESULT)
			.where(METRIC_RESULT.CALCULATION_ID.eq(calculationId))
			.forEach((metric) -> scores.computeIfAbsent(metric.value1(), (code) -> new TreeMap<>())
				.put(metric.value2(), ScoreDecimals.published(metric.value3())));
		Map<String, String> rows = new HashMap<>();
		dsl.selectFrom(ORGANISATION_RESULT)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(calculationId))
			.forEach((row) -> rows.put(row.getOrganisationCode(),
					ResultRows.line(row.getAverageScore(), toInteger(row.getScoreSegment()),
							toInteger(row.getFinalSegment()), row.getLeagueRank(), row.getScoreRank(),
							row.getNotSegmentedReason(),
							scores.getOrDefault(row.getOrganisationCode(), new TreeMap<>()))));
		return rows;
	}

	private static @Nullable Integer toInteger(@Nullable Short value) {
		return (value != null) ? value.intValue() : null;
	}

	private static @Nullable Short toShort(@Nullable Integer value) {
		return (value != null) ? value.shortValue() : null;
	}

}
