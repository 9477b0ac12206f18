package uk.nhs.leaguetables.publication.domain;

/**
 * The two decisions people take about a segment (methodology section 6): placing an
 * organisation in the Recovery Support Programme (segment 5), and a manual override of
 * the computed segment with a justification.
 */
public enum SegmentDecisionKind {

	RECOVERY_SUPPORT, MANUAL_OVERRIDE

}
