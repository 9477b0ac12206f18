package uk.nhs.leaguetables.publication.domain;

/**
 * The life cycle of one league table of one period: OPEN → DATA_LOCKED → CALCULATED →
 * APPROVED → PUBLISHED. A locked, calculated or approved table can be reopened (its draft
 * is discarded, with a reason); a published one is reopened only for a correction, which
 * is published as a new revision. Recalculating a calculated table replaces its draft; a
 * segment decision taken while a draft waits discards it and takes the table back to
 * locked data.
 */
public final class PeriodLifecycle {

	private PeriodLifecycle() {
	}

	/**
	 * @throws IllegalTransitionException when the action may not follow the current
	 * status
	 */
	public static PeriodStatus next(PeriodStatus current, PeriodAction action) {
		return switch (action) {
			case LOCK_DATA -> require(current, action, PeriodStatus.DATA_LOCKED,
					"data can be locked only while the period is open", PeriodStatus.OPEN);
			case CALCULATE -> require(current, action, PeriodStatus.CALCULATED,
					"lock the data first; a table is calculated from locked data", PeriodStatus.DATA_LOCKED,
					PeriodStatus.CALCULATED);
			case APPROVE -> require(current, action, PeriodStatus.APPROVED, "only a calculated draft can be approved",
					PeriodStatus.CALCULATED);
			case PUBLISH -> require(current, action, PeriodStatus.PUBLISHED, "only an approved table can be published",
					PeriodStatus.APPROVED);
			case RECORD_SEGMENT_DECISION -> require(current, action, PeriodStatus.DATA_LOCKED,
					"only a calculated draft is superseded by a segment decision", PeriodStatus.CALCULATED);
			case REOPEN -> require(current, action, PeriodStatus.OPEN, "the period is open already",
					PeriodStatus.DATA_LOCKED, PeriodStatus.CALCULATED, PeriodStatus.APPROVED, PeriodStatus.PUBLISHED);
		};
	}

	private static PeriodStatus require(PeriodStatus current, PeriodAction action, PeriodStatus next, String why,
			PeriodStatus... allowedFrom) {
		for (PeriodStatus allowed : allowedFrom) {
			if (allowed == current) {
				return next;
			}
		}
		throw new IllegalTransitionException(current, action, why);
	}

}
