package uk.nhs.leaguetables.audit.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import uk.nhs.leaguetables.audit.AuditService;

/**
 * Downloads the whole audit log for the offline verifier ({@code --verify-audit-export});
 * auditors and administrators only.
 */
@RestController
class AuditExportController {

	private final AuditService audit;

	AuditExportController(AuditService audit) {
		this.audit = audit;
	}

	/**
	 * Checked here as well as in the service, because the body is written after the
	 * response has started, too late to answer 401 or 403.
	 */
	@GetMapping("/exports/audit/audit-log.csv")
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	ResponseEntity<StreamingResponseBody> auditLog() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(audit::exportLog);
	}

}
