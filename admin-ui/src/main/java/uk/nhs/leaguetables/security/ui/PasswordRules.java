package uk.nhs.leaguetables.security.ui;

import uk.nhs.leaguetables.security.PasswordPolicy;

/** The password rules in words, for the fields where people choose one. */
final class PasswordRules {

	static final String TEXT = PasswordPolicy.MINIMUM_LENGTH + " to " + PasswordPolicy.MAXIMUM_LENGTH
			+ " characters of any kind, e.g. a few unrelated words; not a common or leaked password, and not your name";

	private PasswordRules() {
	}

}
