package uk.nhs.leaguetables.security;

/**
 * The roles of NHS England staff and systems. Preparer and approver are separate people
 * for any one publication (four eyes).
 */
public enum Role {

	/** Sends a trust's or a team's data submissions. */
	SUBMITTER,

	/** Loads and validates submissions, locks the data and calculates the tables. */
	PREPARER,

	/**
	 * Approves and publishes tables that someone else prepared; records manual overrides.
	 */
	APPROVER,

	/** Reads everything, including drafts and the audit log; changes nothing. */
	AUDITOR,

	/** Manages users, roles and the organisation registry. */
	ADMIN;

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
