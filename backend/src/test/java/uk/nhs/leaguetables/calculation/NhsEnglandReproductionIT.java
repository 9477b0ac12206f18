package uk.nhs.leaguetables.calculation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.nhs.leaguetables.leaguetable.NhsEnglandDomainIds;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.scoring.LeagueTableScorer;
import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.input.RecoverySupport;
import uk.nhs.leaguetables.scoring.result.DomainScore;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.MetricResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.scoring.rules.Direction;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NHS England's published NOF 2025/26 trust data (non-acute and ambulance, Q1–Q3) against
 * the engine under the NOF-2025/26 rules as seeded in PostgreSQL (methodology §3–§6). Fed
 * the published metric scores, the engine must give the published averages, domain
 * scores, financial override, segments, Recovery Support outcome and ranks; from the
 * published raw values, the published metric scores for every metric whose peer pool the
 * files hold. The per-metric table is written into {@code docs/scoring-engine.md}.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NhsEnglandReproductionIT {

	private static final List<String> QUARTERS = List.of("2025/26 Q1", "2025/26 Q2", "2025/26 Q3");

	private static final Map<String, String> LEAGUE_OF_FILE = Map.of(
			"nhse/nhse_nof_trust_data_2025-26_Q1-Q3_ambulance.csv", "AMBULANCE",
			"nhse/nhse_nof_trust_data_2025-26_Q1-Q3_mental_health_community.csv", "NON_ACUTE");

	/** The one item of the organisations fed their published average. */
	private static final String AVERAGE_ITEM = "OF5002";

	/** A published score and the rounding of its 2-place figure. */
	private static final double PUBLISHED_PLACES = 0.0100001;

	@Autowired
	CalculationRepository calculations;

	/** Published rows by quarter, trust and metric id. */
	private final Map<String, Map<String, Map<String, CSVRecord>>> published = new TreeMap<>();

	private final Map<String, String> leagueOfTrust = new TreeMap<>();

	private FrameworkRules rules;

	@BeforeAll
	void readPublishedRowsAndSeededRules() throws IOException {
		for (var file : LEAGUE_OF_FILE.entrySet()) {
			try (Reader reader = new InputStreamReader(
					Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(file.getKey())),
					StandardCharsets.UTF_8)) {
				for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
					String quarter = row.get("Quarter").substring(3) + " " + row.get("Quarter").substring(0, 2);
					published.computeIfAbsent(quarter, (key) -> new TreeMap<>())
						.computeIfAbsent(row.get("Trust_code"), (key) -> new TreeMap<>())
						.put(row.get("Metric_ID"), row);
					leagueOfTrust.put(row.get("Trust_code"), file.getValue());
				}
			}
		}
		rules = calculations.inputs("2025/26 Q1", League.NON_ACUTE, OffsetDateTime.now()).orElseThrow().rules();
	}

	@Test
	void fed_the_published_metric_scores_the_averages_and_domain_scores_are_nhs_englands() {
		var checks = new LinkedHashMap<String, int[]>();
		for (String quarter : QUARTERS) {
			for (LeagueResult league : new LeagueTableScorer(scoresGiven(quarter))
				.scoreTogether(leagues(quarter, true))) {
				for (OrganisationResult row : league.organisations()) {
					Map<String, CSVRecord> expected = published.get(quarter).get(row.code());
					count(checks, "average (OF5002), consistent with 2-place item scores",
							consistent(row.averageScore(), expected.get("OF5002"), row.scoredItemCount()));
					count(checks, "average (OF5002), exactly", same(row.averageScore(), expected.get("OF5002")));
					for (DomainScore domain : row.domains()) {
						CSVRecord domainRow = expected.get(NhsEnglandDomainIds.score(domain.domain()));
						count(checks, "domain scores (OF40xx), consistent with 2-place item scores",
								consistent(domain.averageScore(), domainRow, domain.itemCount()));
					}
				}
			}
		}
		checks.forEach((check, counts) -> {
			if (!check.endsWith("exactly")) {
				assertThat(counts[0]).as(check).isEqualTo(counts[1]);
			}
		});
		assertThat(checks.get("average (OF5002), exactly")).as("NHS England averages unrounded scores")
			.satisfies((counts) -> assertThat(counts[0]).isGreaterThanOrEqualTo(200));
	}

	@Test
	void fed_the_published_averages_every_segment_flag_and_rank_is_nhs_englands() {
		var checks = new LinkedHashMap<String, int[]>();
		for (String quarter : QUARTERS) {
			for (LeagueResult league : new LeagueTableScorer(averageGiven(quarter))
				.scoreTogether(averagesOf(quarter))) {
				for (OrganisationResult row : league.organisations()) {
					Map<String, CSVRecord> expected = published.get(quarter).get(row.code());
					var segmented = (Placement.Segmented) row.placement();
					count(checks, "unadjusted segment (OF5003)",
							segmented.scoreSegment() == number(expected.get("OF5003")));
					count(checks, "financial override flag (OF5004)",
							row.inDeficit() == (number(expected.get("OF5004")) == 1));
					count(checks, "adjusted segment (OF5000)",
							segmented.finalSegment() == number(expected.get("OF5000")));
					count(checks, "league rank (OF5000 rank)",
							segmented.rank() == Double.parseDouble(expected.get("OF5000").get("Rank")));
					count(checks, "rank by average (OF5002 rank)",
							segmented.rankByAverage() == Double.parseDouble(expected.get("OF5002").get("Rank")));
					if (expected.containsKey("OF5005")) {
						count(checks, "final segment score override (OF5005)",
								Objects.equals(row.supportSegment(), (int) number(expected.get("OF5005"))));
						count(checks, "Recovery Support Programme flag (OF5007)",
								row.inRecoverySupport() == (number(expected.get("OF5007")) == 1));
					}
				}
			}
		}
		checks.forEach((check, counts) -> assertThat(counts[0]).as(check).isEqualTo(counts[1]));
		assertThat(checks.get("adjusted segment (OF5000)")[1]).isEqualTo(213);
		assertThat(checks.get("final segment score override (OF5005)")[1]).isEqualTo(142);
	}

	/**
	 * Each organisation's published average as the score of one item, with its published
	 * deficit flag and Recovery Support membership: what the segments, adjustments and
	 * ranks are computed from (§5, §6).
	 */
	private List<LeagueInput> averagesOf(String quarter) {
		var organisationsByLeague = new TreeMap<String, List<OrganisationInput>>();
		published.get(quarter).forEach((trust, rows) -> {
			boolean inProgramme = rows.containsKey("OF5007") && number(rows.get("OF5007")) == 1;
			organisationsByLeague.computeIfAbsent(leagueOfTrust.get(trust), (key) -> new ArrayList<>())
				.add(new OrganisationInput(trust,
						Map.of(AVERAGE_ITEM,
								new Observation.ManualScore(number(rows.get("OF5002")), "published average (OF5002)")),
						number(rows.get("OF5004")) == 1,
						inProgramme ? new RecoverySupport("in the Recovery Support Programme (OF5007)") : null, null));
		});
		return organisationsByLeague.entrySet()
			.stream()
			.map((league) -> new LeagueInput(league.getKey(), quarter, league.getValue(), Map.of()))
			.toList();
	}

	/** The seeded rules' adjustments with one manual item, and the quarter's cut-offs. */
	private FrameworkRules averageGiven(String quarter) {
		MetricRule average = new MetricRule(AVERAGE_ITEM, "Published average", "ACCESS_TO_SERVICES", "score",
				Direction.LOWER_IS_BETTER, new ScoringMethod.Manual(), AVERAGE_ITEM);
		return new FrameworkRules(rules.version(), List.of(average),
				new SegmentMethod.Thresholds(publishedCutOffs(quarter)), rules.minimumCoverage(),
				rules.bestSegmentInDeficit(), rules.deficitMetricCode(), rules.bootstrap(), Map.of(),
				rules.recoverySupportKeepsSegment());
	}

	@Test
	void from_the_published_raw_values_the_engine_gives_the_published_metric_scores() throws IOException {
		var byMetric = new TreeMap<String, int[]>();
		for (String quarter : QUARTERS) {
			List<LeagueResult> leagues = new LeagueTableScorer(rules).scoreTogether(leagues(quarter, false));
			var tieSizes = new HashMap<String, Integer>();
			leagues.forEach((league) -> league.organisations()
				.forEach((row) -> row.metrics().forEach((metric) -> tieSizes.merge(tieKey(metric), 1, Integer::sum))));
			for (LeagueResult league : leagues) {
				for (OrganisationResult row : league.organisations()) {
					Map<String, CSVRecord> expected = published.get(quarter).get(row.code());
					for (MetricResult metric : row.metrics()) {
						CSVRecord scoreRow = expected.get("OF1" + metric.metricCode().substring(3));
						int[] counts = byMetric.computeIfAbsent(metric.metricCode(), (code) -> new int[3]);
						counts[2]++;
						double publishedScore = number(scoreRow);
						if (Math.abs(metric.score() - publishedScore) <= PUBLISHED_PLACES) {
							counts[0]++;
						}
						else if (withinTie(metric, tieSizes.get(tieKey(metric)), publishedScore)) {
							counts[1]++;
						}
					}
					var finance = row.items().stream().filter((item) -> item.itemCode().equals("OF1080")).findFirst();
					int[] combined = byMetric.computeIfAbsent("OF1080", (code) -> new int[3]);
					combined[2]++;
					if (finance.isPresent() && finance.get().score() == number(expected.get("OF1080"))) {
						combined[0]++;
					}
				}
			}
		}
		writeReproductionTable(byMetric);
		for (var entry : byMetric.entrySet()) {
			int[] counts = entry.getValue();
			if (wholePoolInFiles(entry.getKey())) {
				assertThat(counts[0] + counts[1]).as(entry.getKey() + " reproduced or tied on a rounded value")
					.isGreaterThanOrEqualTo((int) Math.ceil(0.99 * counts[2]));
			}
		}
	}

	/**
	 * The quarter's leagues from the published rows: the raw values (OF0xxx), or the
	 * published metric scores as manual scores; score-only items (OF1035, OF1067) as
	 * published; the deficit flag and Recovery Support as published.
	 */
	private List<LeagueInput> leagues(String quarter, boolean fedPublishedScores) {
		var organisationsByLeague = new TreeMap<String, List<OrganisationInput>>();
		published.get(quarter).forEach((trust, rows) -> {
			var observations = new HashMap<String, Observation>();
			for (MetricRule metric : rules.metrics()) {
				CSVRecord value = rows.get(metric.code());
				CSVRecord score = rows.get("OF1" + metric.code().substring(3));
				if (score == null) {
					continue;
				}
				if (fedPublishedScores || value == null) {
					observations.put(metric.code(),
							new Observation.ManualScore(number(score), "score published by NHS England"));
				}
				else {
					observations.put(metric.code(), new Observation.Numeric(number(value)));
				}
			}
			boolean inProgramme = rows.containsKey("OF5007") && number(rows.get("OF5007")) == 1;
			organisationsByLeague.computeIfAbsent(leagueOfTrust.get(trust), (key) -> new ArrayList<>())
				.add(new OrganisationInput(trust, observations, number(rows.get("OF5004")) == 1,
						inProgramme ? new RecoverySupport("in the Recovery Support Programme (OF5007)") : null, null));
		});
		return organisationsByLeague.entrySet()
			.stream()
			.map((league) -> new LeagueInput(league.getKey(), quarter, league.getValue(), Map.of()))
			.toList();
	}

	/**
	 * The seeded rules with every metric scored manually, so the published scores are
	 * used as they are, and the quarter's cut-offs read off the published segments: the
	 * acute averages needed to pool them are not in the files.
	 */
	private FrameworkRules scoresGiven(String quarter) {
		List<MetricRule> manual = rules.metrics()
			.stream()
			.map((metric) -> new MetricRule(metric.code(), metric.name(), metric.domain(), metric.unit(),
					metric.direction(), new ScoringMethod.Manual(), metric.scoredItemCode(), metric.peerPool(),
					metric.caveat()))
			.toList();
		return new FrameworkRules(rules.version(), manual, new SegmentMethod.Thresholds(publishedCutOffs(quarter)),
				rules.minimumCoverage(), rules.bestSegmentInDeficit(), rules.deficitMetricCode(), rules.bootstrap(),
				rules.combinations(), rules.recoverySupportKeepsSegment());
	}

	/**
	 * The highest published average of segments 1 to 3 (OF5003): a cut-off inside each
	 * bracket the published rows imply.
	 */
	private SegmentCutOffs publishedCutOffs(String quarter) {
		var highest = new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		published.get(quarter).values().forEach((rows) -> {
			int segment = (int) number(rows.get("OF5003"));
			BigDecimal average = new BigDecimal(rows.get("OF5002").get("Value"));
			if (segment < 4 && average.compareTo(highest[segment - 1]) > 0) {
				highest[segment - 1] = average;
			}
		});
		return new SegmentCutOffs(highest[0], highest[1], highest[2]);
	}

	/**
	 * A mean of scores published to 2 places can differ from the mean of the unrounded
	 * scores by up to 0.005: the published figure must lie within that of ours.
	 */
	private static boolean consistent(BigDecimal ours, CSVRecord published, int items) {
		BigDecimal theirs = new BigDecimal(published.get("Value"));
		return ours.subtract(theirs).abs().compareTo(new BigDecimal("0.01")) <= 0 && items > 0;
	}

	private static boolean same(BigDecimal ours, CSVRecord published) {
		return ours.compareTo(new BigDecimal(published.get("Value")).setScale(2, RoundingMode.HALF_UP)) == 0;
	}

	/**
	 * Values tied on their published 2-place figure are ordered by NHS England on the
	 * unrounded ones: the published score is then the RANKED score of one of the
	 * positions the tied values span.
	 */
	private static boolean withinTie(MetricResult metric, int tied, double publishedScore) {
		for (int position = metric.rank() + 1; position < metric.rank() + tied; position++) {
			if (Math.abs(1 + 3.0 * (position - 1) / (metric.peerCount() - 1) - publishedScore) <= PUBLISHED_PLACES) {
				return true;
			}
		}
		return false;
	}

	/** Organisations sharing this key are tied on the metric in one pool. */
	private static String tieKey(MetricResult metric) {
		return metric.metricCode() + "|" + metric.peerCount() + "|" + metric.observation() + "|" + metric.rank();
	}

	private boolean wholePoolInFiles(String metricCode) {
		return rules.metrics()
			.stream()
			.filter((metric) -> metric.code().equals(metricCode))
			.noneMatch((metric) -> metric.peerPool().label().equals("ALL"));
	}

	private void writeReproductionTable(Map<String, int[]> byMetric) throws IOException {
		var table = new StringBuilder("| metric | method | pool | reproduced | tied on a rounded value | rows |\n")
			.append("|---|---|---|---|---|---|\n");
		byMetric.forEach((code, counts) -> {
			MetricRule metric = rules.metrics()
				.stream()
				.filter((rule) -> rule.code().equals(code))
				.findFirst()
				.orElse(null);
			table.append("| ")
				.append(code)
				.append(" | ")
				.append(metric == null ? "TABLE (combined finance)" : metric.method().label())
				.append(" | ")
				.append(metric == null ? "-" : metric.peerPool().label())
				.append(" | ")
				.append(counts[0])
				.append(" | ")
				.append(counts[1])
				.append(" | ")
				.append(counts[2])
				.append(" |\n");
		});
		Path docs = Path.of("..", "docs", "scoring-engine.md");
		if (Files.exists(docs)) {
			String text = Files.readString(docs);
			String start = "<!-- reproduction-table:start -->\n";
			String end = "<!-- reproduction-table:end -->";
			int from = text.indexOf(start);
			int to = text.indexOf(end);
			if (from >= 0 && to > from) {
				Files.writeString(docs, text.substring(0, from + start.length()) + table + text.substring(to));
			}
		}
	}

	/**
	 * Segments and ranks follow from the average: where a mean of the 2-place published
	 * scores lands 0.01 from NHS England's mean of the unrounded ones, they are not
	 * comparable and are counted apart.
	 */
	private static void count(Map<String, int[]> checks, String check, boolean comparable, boolean passed) {
		count(checks, comparable ? check : check + ", average not comparable", passed || !comparable);
	}

	private static void count(Map<String, int[]> checks, String check, boolean passed) {
		int[] counts = checks.computeIfAbsent(check, (key) -> new int[2]);
		counts[0] += passed ? 1 : 0;
		counts[1]++;
	}

	private static double number(CSVRecord row) {
		return Double.parseDouble(row.get("Value"));
	}

}
