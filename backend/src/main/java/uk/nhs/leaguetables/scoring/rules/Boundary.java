package uk.nhs.leaguetables.scoring.rules;

/**
 * Whether a value equal to a threshold cut-off reaches that cut-off's score (methodology
 * §3, THRESHOLD).
 */
public enum Boundary {

	INCLUSIVE, EXCLUSIVE

}
