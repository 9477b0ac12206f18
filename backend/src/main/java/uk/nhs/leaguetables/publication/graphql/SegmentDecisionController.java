package uk.nhs.leaguetables.publication.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.platform.graphql.UserError;
import uk.nhs.leaguetables.publication.SegmentDecision;
import uk.nhs.leaguetables.publication.SegmentDecisionService;
import uk.nhs.leaguetables.publication.domain.IllegalTransitionException;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;

/**
 * Segment decisions (Recovery Support Programme, manual overrides): the list and the
 * mutations that record and withdraw them.
 */
@Controller
class SegmentDecisionController {

	private final SegmentDecisionService decisions;

	private final OrganisationRepository organisations;

	SegmentDecisionController(SegmentDecisionService decisions, OrganisationRepository organisations) {
		this.decisions = decisions;
		this.organisations = organisations;
	}

	@QueryMapping
	List<SegmentDecision> segmentDecisions(@Argument String period, @Argument League league,
			@Argument boolean includeWithdrawn) {
		return decisions.list(period, league, includeWithdrawn);
	}

	@MutationMapping
	SegmentDecisionPayload recordSegmentDecision(@Argument RecordSegmentDecisionInput input) {
		return attempt(() -> decisions.record(input.period(), input.organisation(), input.kind(), input.segment(),
				input.justification()));
	}

	@MutationMapping
	SegmentDecisionPayload withdrawSegmentDecision(@Argument WithdrawSegmentDecisionInput input) {
		return attempt(() -> decisions.withdraw(input.decisionId(), input.reason()));
	}

	@BatchMapping(typeName = "SegmentDecision", field = "organisation")
	Map<SegmentDecision, Organisation> organisation(List<SegmentDecision> decisionList) {
		return organisations.forEach(decisionList, SegmentDecision::organisationCode);
	}

	@SchemaMapping(typeName = "SegmentDecision", field = "period")
	String period(SegmentDecision decision) {
		return decision.periodCode();
	}

	@SchemaMapping(typeName = "SegmentDecision", field = "decidedAt")
	String decidedAt(SegmentDecision decision) {
		return decision.decidedAt().toString();
	}

	@SchemaMapping(typeName = "SegmentDecision", field = "withdrawnAt")
	@Nullable String withdrawnAt(SegmentDecision decision) {
		return (decision.withdrawnAt() != null) ? decision.withdrawnAt().toString() : null;
	}

	private static SegmentDecisionPayload attempt(Supplier<SegmentDecision> step) {
		try {
			return new SegmentDecisionPayload(step.get(), List.of());
		}
		catch (IllegalTransitionException ex) {
			return new SegmentDecisionPayload(null, List.of(new UserError(ex.getMessage(), "STEP_REFUSED")));
		}
		catch (IllegalArgumentException ex) {
			return new SegmentDecisionPayload(null, List.of(new UserError(ex.getMessage(), "INVALID_DECISION")));
		}
	}

	/** A decision to record. */
	record RecordSegmentDecisionInput(String period, String organisation, SegmentDecisionKind kind,
			@Nullable Integer segment, String justification) {
	}

	/** A decision to withdraw, and why. */
	record WithdrawSegmentDecisionInput(long decisionId, String reason) {
	}

	/** The decision after the mutation, or why it could not be made. */
	record SegmentDecisionPayload(@Nullable SegmentDecision decision, List<UserError> userErrors) {
	}

}
