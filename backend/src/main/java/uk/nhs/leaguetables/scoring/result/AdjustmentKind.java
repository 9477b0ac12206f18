package uk.nhs.leaguetables.scoring.result;

/** The segment adjustments of §5.2, in the order they are applied. */
public enum AdjustmentKind {

	/** In financial deficit: no better than the framework's best segment in deficit. */
	FINANCIAL_OVERRIDE,

	/** In the Recovery Support Programme: segment 5. */
	RECOVERY_SUPPORT,

	/** An approver's recorded decision. */
	MANUAL_OVERRIDE

}
