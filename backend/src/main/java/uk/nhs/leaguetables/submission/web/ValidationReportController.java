package uk.nhs.leaguetables.submission.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import uk.nhs.leaguetables.submission.SubmissionNotFoundException;
import uk.nhs.leaguetables.submission.SubmissionService;

/** Downloads a submission's whole validation report as CSV. */
@RestController
class ValidationReportController {

	private final SubmissionService submissions;

	ValidationReportController(SubmissionService submissions) {
		this.submissions = submissions;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(SubmissionNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	@GetMapping("/exports/submissions/{id}/validation-report.csv")
	ResponseEntity<StreamingResponseBody> validationReport(@PathVariable long id) {
		submissions.report(id);
		// checked before the body streams, so that a refusal is a 404 rather than a
		// broken download
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"submission-" + id + "-validation-report.csv\"")
			.body((out) -> submissions.writeReportCsv(id, out));
	}

}
