package uk.nhs.leaguetables.scoring.input;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.rules.Checks;

/**
 * One organisation's inputs for the period. Observations are keyed by metric code; codes
 * the framework does not score (contextual metrics) are carried without effect.
 *
 * @param declaredInDeficit planned or forecast deficit, or receiving deficit support
 * (§5.2)
 * @param recoverySupport the Recovery Support Programme decision, {@code null} when not
 * in the programme
 * @param manualOverride an approver's segment decision, {@code null} when none
 */
public record OrganisationInput(String code, Map<String, Observation> observations, boolean declaredInDeficit,
		@Nullable RecoverySupport recoverySupport, @Nullable ManualSegmentOverride manualOverride) {

	public OrganisationInput {
		Checks.requireText(code, "organisation code");
		observations = Map.copyOf(observations);
	}

}
