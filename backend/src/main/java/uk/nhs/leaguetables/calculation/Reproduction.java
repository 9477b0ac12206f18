package uk.nhs.leaguetables.calculation;

/**
 * The outcome of recomputing a stored table from its stored inputs.
 *
 * @param calculationId the table
 * @param inputDigestMatches whether the inputs are still exactly those it was computed
 * from
 * @param outputDigestMatches whether recomputing gives exactly the stored results
 * @param storedOutputDigest the digest stored with the table
 * @param recomputedOutputDigest the digest of the recomputed results
 */
public record Reproduction(long calculationId, boolean inputDigestMatches, boolean outputDigestMatches,
		String storedOutputDigest, String recomputedOutputDigest) {

	public boolean reproduced() {
		return inputDigestMatches && outputDigestMatches;
	}

}
