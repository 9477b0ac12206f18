package uk.nhs.leaguetables.scoring.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * How a metric's observations become scores from 1.00 (best) to 4.00 (worst), methodology
 * §3.
 */
public sealed interface ScoringMethod {

	/** The method's name as published, e.g. {@code CONTINUOUS}. */
	String label();

	/** The methods that score a numeric value against the peers' values. */
	sealed interface OfValues extends ScoringMethod {

	}

	/**
	 * {@code 1 + 3 × (value − best) / (worst − best)} bounded to [1, 4]; every score is
	 * 1.00 when best equals worst. Without caps best and worst are the best and worst
	 * peer values.
	 */
	record Continuous(@Nullable PercentileCaps caps) implements OfValues {

		public static Continuous uncapped() {
			return new Continuous(null);
		}

		@Override
		public String label() {
			return "CONTINUOUS";
		}

	}

	/**
	 * {@code 1 + 3 × (r − 1) / (n − 1)} over the peer pool, tied values taking the first
	 * or the mean of their positions; one peer scores 1.00.
	 */
	record Ranked(TiePosition ties) implements OfValues {

		/** Ties at the mean of their positions. */
		public Ranked() {
			this(TiePosition.MEAN);
		}

		@Override
		public String label() {
			return "RANKED";
		}

	}

	/**
	 * Organisations meeting a national standard and those missing it are ranked apart,
	 * each group spread over its own score range (§3): Category 2 response time gives
	 * every trust within 30 minutes 1.00 and ranks the rest over 2.00–4.00; urgent
	 * community response ranks those meeting 70% over 1.00–3.00 and gives the rest 4.00.
	 * Ties take the first of their positions.
	 *
	 * @param boundary whether a value equal to the standard meets it
	 */
	record TargetThenRanked(double standard, Boundary boundary, ScoreRange meeting,
			ScoreRange missing) implements OfValues {

		public TargetThenRanked {
			Checks.requireFinite(standard, "standard");
			if (meeting.worst() > missing.best()) {
				throw new IllegalArgumentException("meeting the standard must never score worse than missing it");
			}
		}

		@Override
		public String label() {
			return "TARGET_THEN_RANKED";
		}

	}

	/**
	 * The first band, in order from best to worst, that the value reaches gives the
	 * score; a value reaching none scores {@code otherwiseScore}. {@link MetricRule}
	 * checks the bands run best to worst for the metric's direction and that scores never
	 * improve further down, so a better value never scores worse.
	 */
	record Threshold(List<ThresholdBand> bands, double otherwiseScore) implements OfValues {

		public Threshold {
			bands = List.copyOf(bands);
			if (bands.isEmpty()) {
				throw new IllegalArgumentException("a THRESHOLD method needs at least one cut-off");
			}
			ScoreScale.require(otherwiseScore, "score below every cut-off");
			double previousScore = ScoreScale.BEST;
			for (ThresholdBand band : bands) {
				if (band.score() < previousScore) {
					throw new IllegalArgumentException("threshold scores must not improve from one band to the next");
				}
				previousScore = band.score();
			}
			if (otherwiseScore < previousScore) {
				throw new IllegalArgumentException("the score below every cut-off must not beat the last band's");
			}
		}

		@Override
		public String label() {
			return "THRESHOLD";
		}

	}

	/** A fixed score for each category, e.g. a CQC rating. */
	record Category(Map<String, Double> scoreByCategory) implements ScoringMethod {

		public Category {
			if (scoreByCategory.isEmpty()) {
				throw new IllegalArgumentException("a CATEGORY method needs at least one category");
			}
			// Sorted, so that the rules' canonical form (and so the input digest) does
			// not depend on map order.
			var sorted = new TreeMap<String, Double>();
			scoreByCategory.forEach((category, score) -> sorted.put(Checks.requireText(category, "category"),
					ScoreScale.require(score, "score of category " + category)));
			scoreByCategory = Collections.unmodifiableSortedMap(sorted);
		}

		@Override
		public String label() {
			return "CATEGORY";
		}

	}

	/**
	 * The score is supplied with each observation, with its justification ("Scored –
	 * manual").
	 */
	record Manual() implements ScoringMethod {

		@Override
		public String label() {
			return "MANUAL";
		}

	}

}
