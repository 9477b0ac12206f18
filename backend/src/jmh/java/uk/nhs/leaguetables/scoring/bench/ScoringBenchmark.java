package uk.nhs.leaguetables.scoring.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import uk.nhs.leaguetables.scoring.LeagueTableScorer;
import uk.nhs.leaguetables.scoring.input.LeagueInput;

/**
 * Time to score a full quarter (targets: under 50 ms) and a synthetic 10,000 × 50 league
 * (under 2 s on one core), each including the likely-range bootstrap with 1,000
 * replicates and the input digest. Run with:
 * {@code mvn -q -Pbench compile exec:exec -Djmh.args="-f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoringBenchmark {

	private LeagueTableScorer quarterScorer;

	private List<LeagueInput> quarter;

	private LeagueTableScorer syntheticScorer;

	private LeagueInput tenThousandByFifty;

	@Setup
	public void generateInputs() {
		quarterScorer = new LeagueTableScorer(BenchmarkInputs.nof202526Rules());
		quarter = BenchmarkInputs.quarter();
		syntheticScorer = new LeagueTableScorer(BenchmarkInputs.syntheticRules());
		tenThousandByFifty = BenchmarkInputs.syntheticLeague(10_000);
	}

	@Benchmark
	public void fullQuarter(Blackhole results) {
		for (LeagueInput league : quarter) {
			results.consume(quarterScorer.score(league));
		}
	}

	@Benchmark
	public Object tenThousandOrganisationsByFiftyMetrics() {
		return syntheticScorer.score(tenThousandByFifty);
	}

}
