package uk.nhs.leaguetables.scoring.input;

import uk.nhs.leaguetables.scoring.rules.Checks;

/**
 * A recorded decision placing an organisation in the Recovery Support Programme, hence
 * segment 5 (§5.2).
 */
public record RecoverySupport(String reason) {

	public RecoverySupport {
		Checks.requireText(reason, "recovery support reason");
	}

}
