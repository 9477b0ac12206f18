package uk.nhs.leaguetables.leaguetable;

import java.util.Map;

/**
 * NHS England's ids of a domain's score and segment in its trust data (OF40xx and OF41xx:
 * OF4000 and OF4100 for access to services), for the domains as this service stores them
 * (enum literals such as {@code ACCESS_TO_SERVICES}). Exports write them; reconciliation
 * matches NHS England's rows by them.
 */
public final class NhsEnglandDomainIds {

	private static final Map<String, String> LAST_TWO_DIGITS = Map.of("ACCESS_TO_SERVICES", "00", "PATIENT_SAFETY",
			"02", "FINANCE_AND_PRODUCTIVITY", "03", "PEOPLE_AND_WORKFORCE", "04", "EFFECTIVENESS_AND_EXPERIENCE", "05");

	private NhsEnglandDomainIds() {
	}

	/** NHS England's id of the domain's score, e.g. {@code OF4000}. */
	public static String score(String domainLiteral) {
		return "OF40" + digits(domainLiteral);
	}

	/** NHS England's id of the domain's segment, e.g. {@code OF4100}. */
	public static String segment(String domainLiteral) {
		return "OF41" + digits(domainLiteral);
	}

	private static String digits(String domainLiteral) {
		String digits = LAST_TWO_DIGITS.get(domainLiteral);
		if (digits == null) {
			throw new IllegalStateException("No NHS England id for the domain " + domainLiteral);
		}
		return digits;
	}

}
