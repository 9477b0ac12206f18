package uk.nhs.leaguetables.calculation;

import java.util.List;

/**
 * The outcome of recomputing a stored table from its stored inputs and comparing it with
 * what is stored: the digests, and every organisation's row.
 *
 * @param calculationId the table
 * @param inputDigestMatches whether the inputs are still exactly those it was computed
 * from
 * @param outputDigestMatches whether recomputing gives exactly the stored digest
 * @param storedOutputDigest the digest stored with the table
 * @param recomputedOutputDigest the digest of the recomputed results
 * @param rowsCompared how many organisations' rows were compared
 * @param differences each organisation whose stored row differs from the recomputed one,
 * with both versions; empty when every row matches
 */
public record Reproduction(long calculationId, boolean inputDigestMatches, boolean outputDigestMatches,
		String storedOutputDigest, String recomputedOutputDigest, int rowsCompared, List<String> differences) {

	public boolean reproduced() {
		return inputDigestMatches && outputDigestMatches && differences.isEmpty();
	}

}
