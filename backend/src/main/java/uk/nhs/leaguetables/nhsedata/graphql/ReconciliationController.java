package uk.nhs.leaguetables.nhsedata.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.nhsedata.ReconciliationService;
import uk.nhs.leaguetables.nhsedata.ReconciliationService.ReconciledTable;
import uk.nhs.leaguetables.nhsedata.domain.Reconciliation;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;

/** A calculation beside NHS England's reference publication, for staff. */
@Controller
class ReconciliationController {

	/** The most lines one request returns: three leagues' worth of every item. */
	static final int MAX_LINES = 20_000;

	private final ReconciliationService reconciliations;

	private final OrganisationRepository organisations;

	ReconciliationController(ReconciliationService reconciliations, OrganisationRepository organisations) {
		this.reconciliations = reconciliations;
		this.organisations = organisations;
	}

	@QueryMapping
	Optional<ReconciledTable> reconciliation(@Argument String period, @Argument League league,
			@Argument @Nullable Long calculationId, @Argument @Nullable Integer referenceRevision) {
		return reconciliations.reconcile(period, league, calculationId, referenceRevision);
	}

	@SchemaMapping(typeName = "Reconciliation", field = "period")
	String period(ReconciledTable table) {
		return table.periodCode();
	}

	@SchemaMapping(typeName = "Reconciliation", field = "compared")
	int compared(ReconciledTable table) {
		return table.result().compared();
	}

	@SchemaMapping(typeName = "Reconciliation", field = "matching")
	int matching(ReconciledTable table) {
		return table.result().matching();
	}

	@SchemaMapping(typeName = "Reconciliation", field = "items")
	List<Reconciliation.ItemTotal> items(ReconciledTable table) {
		return table.result().items();
	}

	@SchemaMapping(typeName = "Reconciliation", field = "lines")
	List<Reconciliation.Line> lines(ReconciledTable table, @Argument boolean onlyDifferences, @Argument int first) {
		if (first < 0 || first > MAX_LINES) {
			throw new IllegalArgumentException("first must be between 0 and " + MAX_LINES + ", not " + first);
		}
		return table.result()
			.lines()
			.stream()
			.filter((line) -> !onlyDifferences || !line.matches())
			.limit(first)
			.toList();
	}

	@BatchMapping(typeName = "ReconciliationLine", field = "organisation")
	Map<Reconciliation.Line, Organisation> organisation(List<Reconciliation.Line> lines) {
		return organisations.forEach(lines, Reconciliation.Line::organisationCode);
	}

}
