package uk.nhs.leaguetables.audit.graphql;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.audit.AuditChainVerification;
import uk.nhs.leaguetables.audit.AuditService;

/** The {@code verifyAuditChain} query. */
@Controller
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@QueryMapping
	AuditChainVerification verifyAuditChain() {
		return audit.verifyChain();
	}

}
