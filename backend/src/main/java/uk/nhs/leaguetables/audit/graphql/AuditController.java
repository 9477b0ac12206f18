package uk.nhs.leaguetables.audit.graphql;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.audit.AuditChainVerification;
import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.platform.graphql.Connection;
import uk.nhs.leaguetables.platform.paging.PageRequest;

/** The auditors' queries: the audit trail and the verification of its hash chain. */
@Controller
class AuditController {

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

}
