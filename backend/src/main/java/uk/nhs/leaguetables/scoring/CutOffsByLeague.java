package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.result.DomainScore;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;

/**
 * The segment cut-offs of each league scored together (§5.1), for the average and for
 * each domain score (§4): fixed under THRESHOLDS, the league's own quartiles under
 * QUARTILE, the quartiles of every league's scores together under POOLED_QUARTILES. Only
 * segmented organisations count.
 */
final class CutOffsByLeague {

	/**
	 * What the cut-offs are computed from: an organisation's average and domain scores.
	 */
	interface Scores {

		@Nullable BigDecimal average();

		List<DomainScore> domains();

	}

	private final List<@Nullable SegmentCutOffs> averages;

	private final List<Map<String, SegmentCutOffs>> domains;

	private CutOffsByLeague(List<@Nullable SegmentCutOffs> averages, List<Map<String, SegmentCutOffs>> domains) {
		this.averages = averages;
		this.domains = domains;
	}

	/**
	 * @param scoresByLeague each league's organisations' scores
	 * @param segmentedByLeague which of them are segmented
	 */
	static CutOffsByLeague of(SegmentMethod method, List<? extends List<? extends Scores>> scoresByLeague,
			List<boolean[]> segmentedByLeague) {
		int leagues = scoresByLeague.size();
		var averageCutOffs = new ArrayList<@Nullable SegmentCutOffs>(leagues);
		var domainCutOffs = new ArrayList<Map<String, SegmentCutOffs>>(leagues);
		if (method instanceof SegmentMethod.PooledQuartiles) {
			List<Integer> all = new ArrayList<>();
			for (int l = 0; l < leagues; l++) {
				all.add(l);
			}
			SegmentCutOffs pooled = Segmentation.cutOffs(method, averagesOf(scoresByLeague, segmentedByLeague, all));
			Map<String, SegmentCutOffs> pooledDomains = domainCutOffs(method, scoresByLeague, segmentedByLeague, all);
			for (int l = 0; l < leagues; l++) {
				averageCutOffs.add(pooled);
				domainCutOffs.add(pooledDomains);
			}
		}
		else {
			for (int l = 0; l < leagues; l++) {
				List<Integer> own = List.of(l);
				averageCutOffs.add(Segmentation.cutOffs(method, averagesOf(scoresByLeague, segmentedByLeague, own)));
				domainCutOffs.add(domainCutOffs(method, scoresByLeague, segmentedByLeague, own));
			}
		}
		return new CutOffsByLeague(averageCutOffs, domainCutOffs);
	}

	@Nullable SegmentCutOffs averages(int league) {
		return averages.get(league);
	}

	Map<String, SegmentCutOffs> domains(int league) {
		return domains.get(league);
	}

	private static List<BigDecimal> averagesOf(List<? extends List<? extends Scores>> scoresByLeague,
			List<boolean[]> segmentedByLeague, List<Integer> leagues) {
		var averages = new ArrayList<BigDecimal>();
		for (int l : leagues) {
			List<? extends Scores> scores = scoresByLeague.get(l);
			for (int i = 0; i < scores.size(); i++) {
				BigDecimal average = scores.get(i).average();
				if (segmentedByLeague.get(l)[i] && average != null) {
					averages.add(average);
				}
			}
		}
		return averages;
	}

	private static Map<String, SegmentCutOffs> domainCutOffs(SegmentMethod method,
			List<? extends List<? extends Scores>> scoresByLeague, List<boolean[]> segmentedByLeague,
			List<Integer> leagues) {
		var scoresByDomain = new TreeMap<String, List<BigDecimal>>();
		for (int l : leagues) {
			List<? extends Scores> scores = scoresByLeague.get(l);
			for (int i = 0; i < scores.size(); i++) {
				if (segmentedByLeague.get(l)[i]) {
					for (DomainScore domain : scores.get(i).domains()) {
						scoresByDomain.computeIfAbsent(domain.domain(), name -> new ArrayList<>())
							.add(domain.averageScore());
					}
				}
			}
		}
		var cutOffs = new TreeMap<String, SegmentCutOffs>();
		scoresByDomain.forEach((domain, scores) -> {
			SegmentCutOffs domainCutOffs = Segmentation.cutOffs(method, scores);
			if (domainCutOffs != null) {
				cutOffs.put(domain, domainCutOffs);
			}
		});
		return cutOffs;
	}

}
