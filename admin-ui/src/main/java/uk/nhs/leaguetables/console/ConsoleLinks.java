package uk.nhs.leaguetables.console;

import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

/**
 * Where one view sends the user in another, with its query parameters, so that a link
 * from the dashboard opens the review of the right quarter. Plain strings: every
 * feature's views may use it without depending on another feature.
 */
public final class ConsoleLinks {

	public static final String REVIEW = "review";

	public static final String AUDIT = "audit";

	public static final String SUBMISSIONS = "submissions";

	/** The query parameter of the submissions view that opens one submission. */
	public static final String SUBMISSION_PARAMETER = "submission";

	private ConsoleLinks() {
	}

	/**
	 * @param league the league's name, e.g. ACUTE
	 */
	public static String review(String league, String periodCode) {
		return REVIEW + "?" + QueryParameters.simple(Map.of("league", league, "period", periodCode)).getQueryString();
	}

	/** The submissions view with one submission open, ready for its decision. */
	public static String submission(long submissionId) {
		return SUBMISSIONS + "?"
				+ QueryParameters.simple(Map.of(SUBMISSION_PARAMETER, String.valueOf(submissionId))).getQueryString();
	}

	public static String audit(String periodCode) {
		return AUDIT + "?" + QueryParameters.simple(Map.of("period", periodCode)).getQueryString();
	}

}
