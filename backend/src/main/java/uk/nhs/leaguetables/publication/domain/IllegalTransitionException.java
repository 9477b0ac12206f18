package uk.nhs.leaguetables.publication.domain;

/** A step that may not follow the period's current status. */
public class IllegalTransitionException extends RuntimeException {

	public IllegalTransitionException(PeriodStatus from, PeriodAction action, String why) {
		super("Cannot " + action.name().toLowerCase().replace('_', ' ') + " a table that is "
				+ from.name().toLowerCase().replace('_', ' ') + ": " + why);
	}

}
