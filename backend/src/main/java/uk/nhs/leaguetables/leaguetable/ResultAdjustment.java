package uk.nhs.leaguetables.leaguetable;

/**
 * One adjustment of an organisation's segment (methodology section 5.2), in the order
 * they were applied.
 */
public record ResultAdjustment(long calculationId, String organisationCode, String kind, int fromSegment, int toSegment,
		String reason) {

	public LeagueTableRow.ResultKey rowKey() {
		return new LeagueTableRow.ResultKey(calculationId, organisationCode);
	}

}
