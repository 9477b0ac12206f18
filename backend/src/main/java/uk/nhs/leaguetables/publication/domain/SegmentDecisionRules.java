package uk.nhs.leaguetables.publication.domain;

import org.jspecify.annotations.Nullable;

/**
 * When a segment decision may be recorded or withdrawn, and what it may say. Decisions
 * feed the next calculation: they are taken while a table is open, locked or calculated
 * (an approver typically decides while reviewing the draft, which the decision then
 * discards, so that no draft waiting for approval silently ignores it); a published table
 * is reopened first, and its correction carries the decision.
 */
public final class SegmentDecisionRules {

	/** A justification shorter than this is not one anybody could audit. */
	public static final int MINIMUM_JUSTIFICATION_LENGTH = 10;

	private SegmentDecisionRules() {
	}

	/**
	 * The segment the decision places the organisation in.
	 * @throws IllegalArgumentException naming the rule the decision breaks
	 */
	public static int segmentOf(SegmentDecisionKind kind, @Nullable Integer requestedSegment,
			@Nullable String justification) {
		if (justification == null || justification.strip().length() < MINIMUM_JUSTIFICATION_LENGTH) {
			throw new IllegalArgumentException("A segment decision needs a justification of at least "
					+ MINIMUM_JUSTIFICATION_LENGTH + " characters");
		}
		return switch (kind) {
			case RECOVERY_SUPPORT -> {
				if (requestedSegment != null && requestedSegment != 5) {
					throw new IllegalArgumentException(
							"The Recovery Support Programme is segment 5, not segment " + requestedSegment);
				}
				yield 5;
			}
			case MANUAL_OVERRIDE -> {
				if (requestedSegment == null || requestedSegment < 1 || requestedSegment > 4) {
					throw new IllegalArgumentException(
							"A manual override places an organisation in segment 1, 2, 3 or 4 (segment 5 is the Recovery Support Programme)");
				}
				yield requestedSegment;
			}
		};
	}

	/**
	 * @throws IllegalTransitionException when the table is approved or published
	 */
	public static void requireUndecidedTable(PeriodStatus status) {
		if (status == PeriodStatus.APPROVED || status == PeriodStatus.PUBLISHED) {
			throw new IllegalTransitionException(status, "record or withdraw a segment decision for",
					"decisions are taken before a table is approved; reopen it for a correction first");
		}
	}

}
