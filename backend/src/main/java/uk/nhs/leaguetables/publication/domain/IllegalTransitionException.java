package uk.nhs.leaguetables.publication.domain;

import java.util.Locale;

/** A step that may not follow the period's current status. */
public class IllegalTransitionException extends RuntimeException {

	public IllegalTransitionException(PeriodStatus from, PeriodAction action, String why) {
		this(from, action.name().toLowerCase(Locale.ROOT).replace('_', ' '), why);
	}

	/**
	 * @param step what was attempted, in words that follow "Cannot", e.g. "record a
	 * segment decision for"
	 */
	public IllegalTransitionException(PeriodStatus from, String step, String why) {
		super("Cannot " + step + " a table that is " + from.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
				+ why);
	}

}
