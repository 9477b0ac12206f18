package uk.nhs.leaguetables.calculation.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.calculation.CalculationService;
import uk.nhs.leaguetables.calculation.Reproduction;
import uk.nhs.leaguetables.calculation.StoredCalculation;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.Publication;
import uk.nhs.leaguetables.publication.PublicationException;
import uk.nhs.leaguetables.publication.domain.IllegalTransitionException;
import uk.nhs.leaguetables.platform.graphql.UserError;

/**
 * The {@code calculateLeagueTable} mutation (a step that may not happen now comes back as
 * a user error) and the reproduction check of a published revision.
 */
@Controller
class CalculationController {

	private final CalculationService calculations;

	CalculationController(CalculationService calculations) {
		this.calculations = calculations;
	}

	@MutationMapping
	CalculationPayload calculateLeagueTable(@Argument TableInput input) {
		try {
			return new CalculationPayload(calculations.calculate(input.period(), input.league()), List.of());
		}
		catch (PublicationException | IllegalTransitionException ex) {
			return new CalculationPayload(null, List.of(new UserError(ex.getMessage(), "STEP_REFUSED")));
		}
	}

	@SchemaMapping(typeName = "TablePublication", field = "reproduction")
	Reproduction reproduction(Publication publication) {
		return calculations.reproduce(publication.calculationId());
	}

	/** Which league table of which quarter. */
	record TableInput(String period, League league) {
	}

	/** The draft, or why it could not be calculated. */
	record CalculationPayload(@Nullable StoredCalculation calculation, List<UserError> userErrors) {
	}

}
