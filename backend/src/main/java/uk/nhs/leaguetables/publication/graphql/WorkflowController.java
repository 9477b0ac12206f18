package uk.nhs.leaguetables.publication.graphql;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.PeriodWorkflowService;
import uk.nhs.leaguetables.publication.Publication;
import uk.nhs.leaguetables.publication.PublicationException;
import uk.nhs.leaguetables.publication.PublicationService;
import uk.nhs.leaguetables.publication.domain.IllegalTransitionException;
import uk.nhs.leaguetables.platform.graphql.UserError;

/**
 * The workflow steps as mutations: lock, approve and publish, reopen (calculating is the
 * calculation feature's). Each service checks the caller's role; a step that may not
 * happen now comes back as a user error that says why.
 */
@Controller
class WorkflowController {

	private final PeriodWorkflowService workflow;

	private final PublicationService publications;

	WorkflowController(PeriodWorkflowService workflow, PublicationService publications) {
		this.workflow = workflow;
		this.publications = publications;
	}

	@MutationMapping
	WorkflowPayload lockPeriodData(@Argument TableInput input) {
		return attempt(
				() -> new WorkflowPayload(workflow.lockData(input.period(), input.league()).name(), null, List.of()));
	}

	@MutationMapping
	WorkflowPayload approveAndPublishTable(@Argument ApproveInput input) {
		return attempt(() -> {
			Publication publication = publications.approveAndPublish(input.calculationId(), input.correctionReason());
			return new WorkflowPayload("PUBLISHED", publication, List.of());
		});
	}

	@MutationMapping
	WorkflowPayload reopenPeriod(@Argument ReopenInput input) {
		return attempt(() -> new WorkflowPayload(workflow.reopen(input.period(), input.league(), input.reason()).name(),
				null, List.of()));
	}

	private static WorkflowPayload attempt(Supplier<WorkflowPayload> step) {
		try {
			return step.get();
		}
		catch (PublicationException | IllegalTransitionException ex) {
			return new WorkflowPayload(null, null, List.of(new UserError(ex.getMessage(), "STEP_REFUSED")));
		}
	}

	/** Which league table of which quarter. */
	record TableInput(String period, League league) {
	}

	/**
	 * Which calculated table to approve, and why it corrects an earlier revision, if it
	 * does.
	 */
	record ApproveInput(long calculationId, @Nullable String correctionReason) {
	}

	/** Which table to reopen, and why. */
	record ReopenInput(String period, League league, String reason) {
	}

	/** The result of a workflow step. */
	record WorkflowPayload(@Nullable String status, @Nullable Publication publication, List<UserError> userErrors) {
	}

}
