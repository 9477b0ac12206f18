package uk.nhs.leaguetables.leaguetable;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's score and segment in one domain of a computed table (NHS England's
 * OF40xx and OF41xx, methodology section 4): the mean of its scored items in the domain,
 * segmented with that domain's cut-offs. For information; neither moves the segment.
 */
public record DomainResult(long calculationId, String organisationCode, String domain, BigDecimal score,
		@Nullable Integer segment) {

	public LeagueTableRow.ResultKey rowKey() {
		return new LeagueTableRow.ResultKey(calculationId, organisationCode);
	}

}
