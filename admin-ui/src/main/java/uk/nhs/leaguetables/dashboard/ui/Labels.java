package uk.nhs.leaguetables.dashboard.ui;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

/** The words the console uses for leagues and life-cycle steps. */
public final class Labels {

	private Labels() {
	}

	public static String league(League league) {
		return switch (league) {
			case ACUTE -> "Acute trusts";
			case NON_ACUTE -> "Non-acute trusts";
			case AMBULANCE -> "Ambulance trusts";
			case ICB -> "Integrated care boards";
		};
	}

	public static String status(PeriodStatus status) {
		return switch (status) {
			case OPEN -> "Open: collecting submissions";
			case DATA_LOCKED -> "Data locked: ready to calculate";
			case CALCULATED -> "Calculated: draft waiting for approval";
			case APPROVED -> "Approved: being published";
			case PUBLISHED -> "Published";
		};
	}

}
