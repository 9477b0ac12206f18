package uk.nhs.leaguetables.submission.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.submission.SubmissionException;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionNotFoundException;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;
import uk.nhs.leaguetables.submission.UnreadableSubmissionException;
import uk.nhs.leaguetables.submission.domain.DeficitSupport;
import uk.nhs.leaguetables.submission.domain.SubmissionColumn;
import uk.nhs.leaguetables.platform.graphql.UserError;

/**
 * Submissions through the API: rows in the request, then acceptance or rejection by a
 * preparer.
 */
@Controller
class SubmissionController {

	/** Larger data sets are uploaded as files in the console, where they stream. */
	static final int MAX_ROWS_PER_REQUEST = 10_000;

	private final SubmissionService submissions;

	SubmissionController(SubmissionService submissions) {
		this.submissions = submissions;
	}

	@QueryMapping
	SubmissionReport submission(@Argument long id) {
		return submissions.report(id);
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(SubmissionNotFoundException ex, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.NOT_FOUND)
			.message(ex.getMessage())
			.build();
	}

	@MutationMapping
	SubmissionPayload submitMetricValues(@Argument SubmitMetricValuesInput input) {
		List<MetricValueInput> rows = input.allRows();
		if (rows.size() > MAX_ROWS_PER_REQUEST) {
			return SubmissionPayload.failed("TOO_MANY_ROWS", "A request carries at most " + MAX_ROWS_PER_REQUEST
					+ " rows (this one has " + rows.size() + "); upload larger data sets as a file");
		}
		return attempt(() -> submissions.submit(
				new SubmissionRequest(input.period(), SubmissionSource.API, SubmissionFormat.ROWS, null,
						input.correctionReason()),
				new ByteArrayInputStream(csv(input.period(), rows).getBytes(StandardCharsets.UTF_8))));
	}

	@MutationMapping
	SubmissionPayload acceptSubmission(@Argument AcceptSubmissionInput input) {
		return attempt(() -> submissions.accept(input.submissionId(), input.acknowledgeWarnings()));
	}

	@MutationMapping
	SubmissionPayload rejectSubmission(@Argument RejectSubmissionInput input) {
		return attempt(() -> submissions.reject(input.submissionId(), input.reason()));
	}

	@SchemaMapping(typeName = "Submission", field = "id")
	String id(SubmissionReport report) {
		return String.valueOf(report.submissionId());
	}

	@SchemaMapping(typeName = "Submission", field = "reportUrl")
	String reportUrl(SubmissionReport report) {
		return "/exports/submissions/" + report.submissionId() + "/validation-report.csv";
	}

	private static SubmissionPayload attempt(java.util.function.Supplier<SubmissionReport> operation) {
		try {
			return new SubmissionPayload(operation.get(), List.of());
		}
		catch (SubmissionException | UnreadableSubmissionException ex) {
			String code = switch (ex) {
				case SubmissionNotFoundException notFound -> "NOT_FOUND";
				case SubmissionException refused -> "SUBMISSION_REFUSED";
				default -> "UNREADABLE_SUBMISSION";
			};
			return SubmissionPayload.failed(code, ex.getMessage());
		}
	}

	/**
	 * The rows in the upload format, so that they take exactly the path of an uploaded
	 * file.
	 */
	private static String csv(String period, List<MetricValueInput> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(List.of(SubmissionColumn.values()).stream().map(SubmissionColumn::header).toList());
			for (MetricValueInput row : rows) {
				Map<SubmissionColumn, @Nullable String> cells = row.cells(period);
				printer.printRecord(List.of(SubmissionColumn.values())
					.stream()
					.map((column) -> (cells.get(column) != null) ? cells.get(column) : "")
					.toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The arguments of {@code submitMetricValues}. */
	record SubmitMetricValuesInput(String period, List<MetricValueInput> rows,
			@Nullable List<DeficitSupportInput> deficitSupport, @Nullable String correctionReason) {

		/** The rows, then the flags as DEFICIT_SUPPORT rows. */
		List<MetricValueInput> allRows() {
			if (deficitSupport == null || deficitSupport.isEmpty()) {
				return rows;
			}
			List<MetricValueInput> all = new java.util.ArrayList<>(rows);
			deficitSupport.forEach((flag) -> all.add(flag.row()));
			return all;
		}

	}

	/** One flag of {@code submitMetricValues}. */
	record DeficitSupportInput(String organisationCode, boolean receivesDeficitSupport, @Nullable String comment) {

		MetricValueInput row() {
			return new MetricValueInput(organisationCode, DeficitSupport.METRIC_ID, receivesDeficitSupport ? "1" : "0",
					null, null, null, null, null, null, comment);
		}

	}

	/** One row of {@code submitMetricValues}. */
	record MetricValueInput(String organisationCode, String metricId, @Nullable String value,
			@Nullable String numerator, @Nullable String denominator, @Nullable String category, @Nullable String score,
			@Nullable String status, @Nullable String reportingDate, @Nullable String comment) {

		Map<SubmissionColumn, @Nullable String> cells(String period) {
			Map<SubmissionColumn, @Nullable String> cells = new java.util.EnumMap<>(SubmissionColumn.class);
			cells.put(SubmissionColumn.PERIOD, period);
			cells.put(SubmissionColumn.ORGANISATION_CODE, organisationCode);
			cells.put(SubmissionColumn.METRIC_ID, metricId);
			cells.put(SubmissionColumn.VALUE, value);
			cells.put(SubmissionColumn.NUMERATOR, numerator);
			cells.put(SubmissionColumn.DENOMINATOR, denominator);
			cells.put(SubmissionColumn.CATEGORY, category);
			cells.put(SubmissionColumn.SCORE, score);
			cells.put(SubmissionColumn.STATUS, status);
			cells.put(SubmissionColumn.REPORTING_DATE, reportingDate);
			cells.put(SubmissionColumn.COMMENT, comment);
			return cells;
		}

	}

	/** The arguments of {@code acceptSubmission}. */
	record AcceptSubmissionInput(long submissionId, boolean acknowledgeWarnings) {
	}

	/** The arguments of {@code rejectSubmission}. */
	record RejectSubmissionInput(long submissionId, String reason) {
	}

	/** The result of a submission mutation. */
	record SubmissionPayload(@Nullable SubmissionReport submission, List<UserError> userErrors) {

		static SubmissionPayload failed(String code, String message) {
			return new SubmissionPayload(null, List.of(new UserError(message, code)));
		}

	}

}
