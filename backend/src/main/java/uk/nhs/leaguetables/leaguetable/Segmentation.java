package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;
import java.util.List;

import uk.nhs.leaguetables.organisation.League;

/**
 * How a computed table turned averages into segments (methodology section 5.1): the
 * method, the cut-offs it used (under POOLED_QUARTILES the quarter's quartiles over every
 * league scored with it), those leagues, and each domain's cut-offs.
 *
 * @param cutOffs the highest average of segments 1, 2 and 3; empty when nothing was
 * segmented
 */
public record Segmentation(long calculationId, String method, List<BigDecimal> cutOffs, List<League> scoredWith,
		List<DomainCutOffs> domains) {

	public Segmentation {
		cutOffs = List.copyOf(cutOffs);
		scoredWith = List.copyOf(scoredWith);
		domains = List.copyOf(domains);
	}

	/** One domain's cut-offs, for its domain segments. */
	public record DomainCutOffs(String domain, List<BigDecimal> cutOffs) {

		public DomainCutOffs {
			cutOffs = List.copyOf(cutOffs);
		}

	}

}
