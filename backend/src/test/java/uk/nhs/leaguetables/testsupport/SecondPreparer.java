package uk.nhs.leaguetables.testsupport;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionService;

/**
 * Accepts a submission as a preparer other than the one who uploaded it, as four eyes on
 * the data require, for tests whose subject is what happens after acceptance.
 */
public final class SecondPreparer {

	private SecondPreparer() {
	}

	public static SubmissionReport accept(SubmissionService submissions, long submissionId,
			boolean acknowledgeWarnings) {
		return SystemActor.callAs("second-preparer", Role.PREPARER,
				() -> submissions.accept(submissionId, acknowledgeWarnings));
	}

}
