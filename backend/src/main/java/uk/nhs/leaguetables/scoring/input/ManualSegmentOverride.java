package uk.nhs.leaguetables.scoring.input;

import uk.nhs.leaguetables.scoring.rules.Checks;
import uk.nhs.leaguetables.scoring.rules.Segments;

/**
 * A segment set by an approver's recorded decision, applied after every other adjustment
 * (§5.2).
 */
public record ManualSegmentOverride(int segment, String justification, String approver) {

	public ManualSegmentOverride {
		Segments.require(segment, "overridden segment");
		Checks.requireText(justification, "override justification");
		Checks.requireText(approver, "override approver");
	}

}
