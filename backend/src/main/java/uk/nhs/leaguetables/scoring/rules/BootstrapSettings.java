package uk.nhs.leaguetables.scoring.rules;

/**
 * The likely-range bootstrap (§9): how many replicates, at least 1,000, and the seed that
 * makes it reproducible.
 */
public record BootstrapSettings(int replicates, long seed) {

	public static final int MINIMUM_REPLICATES = 1000;

	public BootstrapSettings {
		if (replicates < MINIMUM_REPLICATES) {
			throw new IllegalArgumentException(
					"the methodology needs at least " + MINIMUM_REPLICATES + " replicates, got " + replicates);
		}
	}

}
