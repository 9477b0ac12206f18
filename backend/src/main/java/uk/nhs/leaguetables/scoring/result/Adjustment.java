package uk.nhs.leaguetables.scoring.result;

/**
 * One applied adjustment (§5.2). Recorded whenever its condition holds, so
 * {@code fromSegment} can equal {@code toSegment} (an organisation in deficit already in
 * segment 4 still carries the financial override flag).
 */
public record Adjustment(AdjustmentKind kind, int fromSegment, int toSegment, String reason) {

	public boolean changedSegment() {
		return fromSegment != toSegment;
	}

}
