package uk.nhs.leaguetables.scoring.input;

import uk.nhs.leaguetables.scoring.rules.Checks;
import uk.nhs.leaguetables.scoring.rules.ScoreScale;

/**
 * What an organisation submitted for one metric in the period (§2). The kind must match
 * the metric's scoring method: a numeric value for CONTINUOUS, RANKED and THRESHOLD, a
 * category for CATEGORY, a score for MANUAL. A metric not submitted or not applicable has
 * no observation at all.
 */
public sealed interface Observation {

	/** A validated value, e.g. 92.1 for a percentage. */
	record Numeric(double value) implements Observation {

		public Numeric {
			Checks.requireFinite(value, "metric value");
			// Normalises -0.0 so that equal values compare, rank and digest alike.
			value += 0.0;
		}

	}

	/** A category such as a CQC rating ("Good"). */
	record Categorical(String category) implements Observation {

		public Categorical {
			Checks.requireText(category, "category");
		}

	}

	/**
	 * A score set by a recorded decision, with its justification ("Scored – manual", e.g.
	 * OF0106).
	 */
	record ManualScore(double score, String justification) implements Observation {

		public ManualScore {
			ScoreScale.require(score, "manual score");
			Checks.requireText(justification, "manual score justification");
		}

	}

}
