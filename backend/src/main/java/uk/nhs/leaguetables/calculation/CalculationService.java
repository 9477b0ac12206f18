package uk.nhs.leaguetables.calculation;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.domain.PeriodAction;
import uk.nhs.leaguetables.scoring.LeagueTableScorer;
import uk.nhs.leaguetables.scoring.result.LeagueResult;
import uk.nhs.leaguetables.scoring.result.OrganisationResult;
import uk.nhs.leaguetables.scoring.result.Placement;
import uk.nhs.leaguetables.security.CurrentUser;

/**
 * Computes a league table from stored inputs and stores it as a draft with the digests of
 * its inputs and output; and recomputes any stored table from the values accepted up to
 * the moment it was computed, to show it reproducible (methodology section 8).
 */
@Service
public class CalculationService {

	/**
	 * Recorded with every table, so a table computed by a changed engine is recognisable.
	 */
	static final String ENGINE_VERSION = "2";

	private final CalculationRepository calculations;

	private final AuditLog auditLog;

	private final JsonMapper json;

	private final PeriodWorkflowService workflow;

	CalculationService(CalculationRepository calculations, AuditLog auditLog, JsonMapper json,
			PeriodWorkflowService workflow) {
		this.calculations = calculations;
		this.auditLog = auditLog;
		this.json = json;
		this.workflow = workflow;
	}

	@PreAuthorize("hasRole('PREPARER')")
	@Transactional
	public StoredCalculation calculate(String periodCode, League league) {
		String actor = CurrentUser.username();
		// microseconds, as PostgreSQL stores them, so that "accepted up to this moment"
		// means the same on recompute
		OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
		workflow.recordStep(periodCode, league, PeriodAction.CALCULATE, null);
		CalculationInputs inputs = calculations.inputs(periodCode, league, now)
			.orElseThrow(() -> new IllegalArgumentException("There is no reporting period '" + periodCode + "'"));
		LeagueResult result = score(inputs);
		long id = calculations.store(inputs, result, league, actor, now, ENGINE_VERSION, explanations(result));
		StoredCalculation stored = calculations.find(id).orElseThrow();
		auditLog.record(new AuditEntry(actor, "TABLE_CALCULATED", "calculation", String.valueOf(id),
				"{\"period\": \"%s\", \"league\": \"%s\", \"inputDigest\": \"%s\", \"outputDigest\": \"%s\"}"
					.formatted(periodCode, league, stored.inputDigest(), stored.outputDigest()),
				null)
			.concerning(periodCode, league));
		return stored;
	}

	/**
	 * Recomputes a stored table from the values accepted up to when it was computed and
	 * compares the digests and every organisation's stored row with the recomputed one.
	 */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR')")
	@Transactional(readOnly = true)
	public Reproduction reproduce(long calculationId) {
		StoredCalculation stored = calculations.find(calculationId)
			.orElseThrow(() -> new IllegalArgumentException("There is no calculation #" + calculationId));
		CalculationInputs inputs = calculations.inputs(stored.periodCode(), stored.league(), stored.computedAt())
			.orElseThrow();
		LeagueResult result = score(inputs);
		String recomputed = OutputDigest.of(result);
		Map<String, String> storedRows = calculations.storedRows(calculationId);
		return new Reproduction(calculationId, result.inputDigest().equals(stored.inputDigest()),
				recomputed.equals(stored.outputDigest()), stored.outputDigest(), recomputed, storedRows.size(),
				ResultRows.differences(storedRows, ResultRows.of(result)));
	}

	/**
	 * The league's table, scored together with the leagues that share its peer pools and
	 * cut-offs (methodology sections 3 and 5.1).
	 */
	private static LeagueResult score(CalculationInputs inputs) {
		return new LeagueTableScorer(inputs.rules()).scoreAmong(inputs.scoredTogether(), inputs.league());
	}

	/**
	 * Each organisation's explanation as JSON: the engine's words, its adjustments and
	 * distance to move up.
	 */
	private Map<String, String> explanations(LeagueResult result) {
		Map<String, String> explanations = new HashMap<>();
		for (OrganisationResult row : result.organisations()) {
			Map<String, Object> explanation = new LinkedHashMap<>();
			explanation.put("text", row.explanation());
			if (row.placement() instanceof Placement.Segmented segmented) {
				explanation.put("adjustments", segmented.adjustments());
				explanation.put("distanceToNextSegment", segmented.distanceToNextSegment());
			}
			else if (row.placement() instanceof Placement.NotSegmented notSegmented) {
				explanation.put("notSegmented", notSegmented.reason());
			}
			explanation.put("likelyRange", row.likelyRange());
			explanations.put(row.code(), json.writeValueAsString(explanation));
		}
		return explanations;
	}

}
