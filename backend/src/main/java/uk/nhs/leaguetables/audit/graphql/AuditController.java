package uk.nhs.leaguetables.audit.graphql;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.OffsetDateTime;
import java.util.List;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.audit.AuditChainVerification;
import uk.nhs.leaguetables.audit.AuditCheckpoint;
import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.platform.graphql.Connection;
import uk.nhs.leaguetables.platform.graphql.UserError;
import uk.nhs.leaguetables.platform.paging.PageRequest;

/**
 * The auditors' queries: the audit trail, the verification of its chain and seals, and
 * the checkpoints of its head.
 */
@Controller
class AuditController {

	private static final int MAX_CHECKPOINTS = 500;

	private static final int MAX_NOTE_LENGTH = 500;

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@QueryMapping
	Connection<AuditEvent> auditTrail(@Argument @Nullable AuditFilterInput filter, @Argument int first,
			@Argument @Nullable String after) {
		AuditFilter criteria = (filter != null)
				? new AuditFilter(filter.actor(), filter.action(), filter.entityId(), filter.period(),
						filter.organisation(), instant(filter.from()), instant(filter.to()))
				: new AuditFilter(null, null, null, null, null, null, null);
		return Connection.of(audit.trail(criteria, new PageRequest(first, after)));
	}

	@SchemaMapping(typeName = "AuditEvent", field = "occurredAt")
	String occurredAt(AuditEvent event) {
		return event.occurredAt().toString();
	}

	private static @Nullable OffsetDateTime instant(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"'" + text + "' is not an ISO 8601 date-time such as 2025-07-01T00:00:00Z");
		}
	}

	/** The filter argument of {@code auditTrail}. */
	record AuditFilterInput(@Nullable String actor, @Nullable String action, @Nullable String entityId,
			@Nullable String period, @Nullable String organisation, @Nullable String from, @Nullable String to) {
	}

	@QueryMapping
	AuditChainVerification verifyAuditChain() {
		return audit.verifyChain();
	}

	@QueryMapping
	List<AuditCheckpoint> auditCheckpoints(@Argument int first) {
		if (first < 0 || first > MAX_CHECKPOINTS) {
			throw new IllegalArgumentException("first must be between 0 and " + MAX_CHECKPOINTS + ", not " + first);
		}
		return audit.checkpoints().stream().limit(first).toList();
	}

	@MutationMapping
	CreateAuditCheckpointPayload createAuditCheckpoint(@Argument CreateAuditCheckpointInput input) {
		if (input.note() != null && input.note().length() > MAX_NOTE_LENGTH) {
			return new CreateAuditCheckpointPayload(null,
					List.of(new UserError(
							"note: at most " + MAX_NOTE_LENGTH + " characters, not " + input.note().length(),
							"NOTE_TOO_LONG")));
		}
		return new CreateAuditCheckpointPayload(audit.createCheckpoint(input.note()), List.of());
	}

	@SchemaMapping(typeName = "AuditCheckpoint", field = "headEntry")
	long headEntry(AuditCheckpoint checkpoint) {
		return checkpoint.headEventId();
	}

	@SchemaMapping(typeName = "AuditCheckpoint", field = "firstKeyedEntry")
	long firstKeyedEntry(AuditCheckpoint checkpoint) {
		return checkpoint.firstKeyedEventId();
	}

	@SchemaMapping(typeName = "AuditCheckpoint", field = "createdAt")
	String createdAt(AuditCheckpoint checkpoint) {
		return checkpoint.createdAt().toString();
	}

	/** The argument of {@code createAuditCheckpoint}. */
	record CreateAuditCheckpointInput(@Nullable String note) {
	}

	/** The result of {@code createAuditCheckpoint}. */
	record CreateAuditCheckpointPayload(@Nullable AuditCheckpoint checkpoint, List<UserError> userErrors) {
	}

}
