package uk.nhs.leaguetables.publication;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;

/**
 * A recorded decision about one organisation's segment in one quarter: Recovery Support
 * Programme or a manual override, who decided it and why, and whether it was withdrawn.
 */
public record SegmentDecision(long id, String periodCode, String organisationCode, League league,
		SegmentDecisionKind kind, int segment, String justification, String decidedBy, OffsetDateTime decidedAt,
		@Nullable String withdrawnBy, @Nullable OffsetDateTime withdrawnAt) {

	public boolean active() {
		return withdrawnAt == null;
	}

}
