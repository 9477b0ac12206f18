package uk.nhs.leaguetables.security;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of four eyes that names alone cannot check: an approver must not have had a
 * hand in the preparer's account (created it, issued its activation link, proposed or
 * confirmed one of its roles, or issued one of its API tokens), nor the preparer in the
 * approver's, since whoever did may hold that account's credentials.
 */
@Service
public class SeparationOfDuties {

	private static final String HAND = " (created it, issued its activation link, proposed or confirmed its roles, "
			+ "or issued its API tokens)";

	private final UserAccountRepository users;

	SeparationOfDuties(UserAccountRepository users) {
		this.users = users;
	}

	/** Why the two accounts are not independent, if they are not. */
	@Transactional(readOnly = true)
	public Optional<String> conflict(String preparer, String approver) {
		if (users.hadAHandIn(approver, preparer)) {
			return Optional.of(approver + " had a hand in the account of " + preparer + ", who prepared it" + HAND);
		}
		if (users.hadAHandIn(preparer, approver)) {
			return Optional.of(preparer + ", who prepared it, had a hand in the account of " + approver + HAND);
		}
		return Optional.empty();
	}

}
