package uk.nhs.leaguetables.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.nhs.leaguetables.console.ConsoleLinks;
import uk.nhs.leaguetables.progress.LeagueProgress;

/**
 * What a user with the given roles can do next for a league's quarter, in the order the
 * life cycle needs it done.
 */
final class NextSteps {

	private NextSteps() {
	}

	/**
	 * @param roles the user's roles without the ROLE_ prefix
	 */
	static List<Step> of(LeagueProgress quarter, Set<String> roles, String username) {
		List<Step> steps = new ArrayList<>();
		boolean preparer = roles.contains("PREPARER");
		String review = ConsoleLinks.review(quarter.league().name(), quarter.periodCode());
		switch (quarter.status()) {
			case OPEN -> {
				if (quarter.submissionsWaiting() > 0 && preparer) {
					steps.add(new Step("Accept or reject " + plural(quarter.submissionsWaiting(), "waiting submission"),
							"submissions"));
				}
				if (quarter.organisationsWithoutData() > 0 && (preparer || roles.contains("SUBMITTER"))) {
					steps
						.add(new Step("Upload the data of " + plural(quarter.organisationsWithoutData(), "organisation")
								+ " without accepted values", "submissions"));
				}
				if (preparer && quarter.organisationsWithAcceptedData() > 0) {
					steps.add(new Step("Lock the data when it is complete", review));
				}
			}
			case DATA_LOCKED -> {
				if (preparer) {
					steps.add(new Step("Calculate the table", review));
				}
			}
			case CALCULATED, APPROVED -> {
				if (roles.contains("APPROVER") && quarter.draft() != null) {
					steps.add(quarter.draft().computedBy().equals(username)
							? new Step("You prepared this draft: another approver must approve it", review)
							: new Step("Review and publish the draft prepared by " + quarter.draft().computedBy(),
									review));
				}
				if (preparer) {
					steps.add(new Step("Check the draft; recalculate or reopen it if the data was wrong", review));
				}
			}
			case PUBLISHED -> {
			}
		}
		if (roles.contains("AUDITOR") || roles.contains("ADMIN")) {
			steps.add(new Step("Read this quarter's audit trail", ConsoleLinks.audit(quarter.periodCode())));
		}
		return steps;
	}

	static String plural(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	/**
	 * @param text what to do
	 * @param location where in the console it is done
	 */
	record Step(String text, String location) {
	}

}
