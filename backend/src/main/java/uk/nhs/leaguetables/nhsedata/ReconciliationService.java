package uk.nhs.leaguetables.nhsedata;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.nhsedata.domain.Reconciliation;
import uk.nhs.leaguetables.nhsedata.domain.Reconciliation.Key;
import uk.nhs.leaguetables.organisation.League;

/**
 * Puts one of our calculations beside NHS England's reference publication of the same
 * quarter and league (issue: every published number is the one NHS England's method
 * gives). For NHS England staff and auditors.
 */
@Service
public class ReconciliationService {

	private final ReconciliationRepository calculations;

	private final NhseReferenceRepository references;

	ReconciliationService(ReconciliationRepository calculations, NhseReferenceRepository references) {
		this.calculations = calculations;
		this.references = references;
	}

	/**
	 * A calculation and a reference revision side by side.
	 *
	 * @param calculationId the compared calculation
	 * @param reference the compared revision of NHS England's publication
	 */
	public record ReconciledTable(long calculationId, String periodCode, League league, ReferencePublication reference,
			Reconciliation.Result result) {
	}

	/**
	 * The given calculation (by default the quarter's latest one of the league that was
	 * not discarded) beside the given revision of the reference (by default the latest);
	 * empty when either does not exist.
	 */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public Optional<ReconciledTable> reconcile(String periodCode, League league, @Nullable Long calculationId,
			@Nullable Integer referenceRevision) {
		Optional<Long> calculation = (calculationId != null)
				? calculations.table(calculationId)
					.filter((table) -> table.periodCode().equals(periodCode) && table.league() == league)
					.map(ReconciliationRepository.CalculatedTable::calculationId)
				: calculations.latestCalculation(periodCode, league);
		Optional<ReferencePublication> reference = references.find(periodCode, league, referenceRevision);
		if (calculation.isEmpty() || reference.isEmpty()) {
			return Optional.empty();
		}
		Map<Key, BigDecimal> ours = calculations.items(calculation.get());
		Map<Key, BigDecimal> theirs = theirItems(
				references.rows(List.of(reference.get().id())).getOrDefault(reference.get().id(), List.of()));
		return Optional.of(new ReconciledTable(calculation.get(), periodCode, league, reference.get(),
				Reconciliation.compare(ours, theirs)));
	}

	/**
	 * NHS England's published results, keyed as ours: every scored metric, domain score
	 * and segment, summary item and the two ranks. Raw values are our inputs, and
	 * composite scores (combined finance) are not stored as results, so neither is
	 * compared.
	 */
	private static Map<Key, BigDecimal> theirItems(List<ReferenceRow> rows) {
		Map<Key, BigDecimal> items = new HashMap<>();
		for (ReferenceRow row : rows) {
			boolean compared = switch (row.kind()) {
				case "VALUE" -> false;
				case "METRIC_SCORE" -> row.metricCode() != null;
				default -> true;
			};
			if (!compared) {
				continue;
			}
			items.put(new Key(row.organisationCode(), row.metricId()), row.value());
			if ((row.metricId().equals("OF5000") || row.metricId().equals("OF5002")) && row.rank() != null) {
				items.put(new Key(row.organisationCode(), row.metricId() + Reconciliation.RANK),
						BigDecimal.valueOf(row.rank()));
			}
		}
		return items;
	}

}
