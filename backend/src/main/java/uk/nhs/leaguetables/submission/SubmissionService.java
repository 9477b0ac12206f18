package uk.nhs.leaguetables.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.security.CurrentUser;
import uk.nhs.leaguetables.security.UserAccount;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.submission.domain.RawRow;
import uk.nhs.leaguetables.submission.domain.RowValidator;
import uk.nhs.leaguetables.submission.domain.SubmissionColumn;
import uk.nhs.leaguetables.submission.domain.ValidRow;
import uk.nhs.leaguetables.submission.domain.ValidationContext;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;

/**
 * Validates, stores and decides data submissions. Each operation is one transaction: a
 * submission whose reading fails halfway (a broken upload, a server stopping) leaves
 * nothing behind, and an accepted submission's values arrive all together or not at all.
 */
@Service
public class SubmissionService {

	/**
	 * Rows and issues are written in batches of this size while the file streams past.
	 */
	private static final int BATCH_SIZE = 2000;

	/**
	 * The report keeps at most this many row-level findings (all of them errors); the
	 * error count stays exact.
	 */
	private static final int MAX_STORED_ISSUES = 50_000;

	private static final int REPORT_PREVIEW = 200;

	/** More than there are organisations: a valid file has one flag per organisation. */
	private static final int MAX_FLAGS_SHOWN = 1000;

	private final SubmissionRepository submissions;

	private final TransactionTemplate transaction;

	private final AuditLog auditLog;

	private final UserAccountRepository users;

	private final UploadSpool spool;

	SubmissionService(SubmissionRepository submissions, TransactionTemplate transaction, AuditLog auditLog,
			UserAccountRepository users, UploadSpool spool) {
		this.submissions = submissions;
		this.spool = spool;
		this.transaction = transaction;
		this.auditLog = auditLog;
		this.users = users;
	}

	/**
	 * Validates a file and stores it with its validation report (status VALIDATED). The
	 * same file for the same period is recognised by its SHA-256 and not loaded twice.
	 * @throws UnreadableSubmissionException when the content cannot be read as the given
	 * format
	 * @throws SubmissionException when the period does not exist
	 */
	@PreAuthorize("hasAnyRole('SUBMITTER', 'PREPARER')")
	public SubmissionReport submit(SubmissionRequest request, InputStream content) {
		try (UploadSpool.SpooledUpload upload = spool.spool(content)) {
			return validateAndStore(request, upload.checksum(), (sink) -> {
				try {
					SubmissionFileReader.read(upload.file(), request.format(), sink);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * Validates and stores rows that an importer has read from a file of another layout
	 * (such as NHS England's published trust data), exactly as an uploaded file's rows:
	 * the same rules, report and atomic load. The rows keep the numbers of the rows they
	 * were read from, so that the report points into the imported file. Runs in the
	 * caller's transaction when there is one.
	 * @param checksum the SHA-256 that identifies the content: the same content for the
	 * same period is not loaded twice
	 * @throws SubmissionException when the period does not exist
	 */
	@PreAuthorize("hasAnyRole('PREPARER', 'ADMIN')")
	public SubmissionReport submitRows(SubmissionRequest request, String checksum, List<RawRow> rows) {
		return validateAndStore(request, checksum, (sink) -> {
			sink.header(List.of(SubmissionColumn.values()), List.of());
			rows.forEach(sink::row);
		});
	}

	private SubmissionReport validateAndStore(SubmissionRequest request, String checksum,
			java.util.function.Consumer<RowSink> reader) {
		String uploader = CurrentUser.username();
		String permittedOrganisation = organisationOf(uploader);
		return transaction.execute((status) -> {
			Submission existing = submissions.findActiveByChecksum(request.periodCode(), checksum).orElse(null);
			if (existing != null) {
				if (!mayAccess(permittedOrganisation, existing)) {
					throw new SubmissionException("The same file was submitted for " + request.periodCode()
							+ " already, from another organisation's account; nothing was stored");
				}
				return report(existing, true);
			}
			ValidationContext periodContext = submissions.validationContext(request.periodCode())
				.orElseThrow(() -> new SubmissionException("There is no reporting period '" + request.periodCode()
						+ "'; periods are written like 2025/26 Q1"));
			ValidationContext context = (permittedOrganisation != null)
					? periodContext.restrictedTo(permittedOrganisation) : periodContext;
			long id = submissions
				.create(new SubmissionRepository.NewSubmission(request.periodCode(), request.source(), request.format(),
						request.fileName(), checksum, uploader, permittedOrganisation, request.correctionReason()));
			StoringSink sink = new StoringSink(id, new RowValidator(context));
			reader.accept(sink);
			sink.finish();
			SubmissionRepository.Unstored unstored = submissions.checkAcrossRows(id, request.periodCode(),
					request.correctionReason() != null, MAX_STORED_ISSUES - sink.storedIssues);
			submissions.recordCounts(id, sink.rowCount,
					new SubmissionRepository.Unstored(sink.droppedIssues + unstored.errors(), unstored.warnings()));
			Submission stored = submissions.find(id).orElseThrow();
			auditLog.record(new AuditEntry(uploader, "SUBMISSION_VALIDATED", "submission", String.valueOf(id),
					summary(stored), request.correctionReason())
				.concerning(request.periodCode(), null));
			return report(stored, false);
		});
	}

	/**
	 * Accepts a validated submission: its rows become the period's metric values and
	 * deficit-support flags.
	 * @throws SubmissionException when it has errors, unacknowledged warnings, was
	 * decided already, or a league of its organisations is no longer open for data
	 */
	@PreAuthorize("hasRole('PREPARER')")
	public SubmissionReport accept(long submissionId, boolean acknowledgeWarnings) {
		String actor = CurrentUser.username();
		return transaction.execute((status) -> {
			Submission submission = undecided(submissionId);
			if (submission.uploadedBy().equals(actor)) {
				throw new SubmissionException("Submission #" + submissionId
						+ " was uploaded by you; another preparer must accept it (four eyes on the data)");
			}
			if (submission.errorCount() > 0) {
				throw new SubmissionException("Submission #" + submissionId + " has " + submission.errorCount()
						+ " errors; fix the file and upload it again");
			}
			if (submission.warningCount() > 0 && !acknowledgeWarnings) {
				throw new SubmissionException("Submission #" + submissionId + " has " + submission.warningCount()
						+ " warnings; acknowledge them to accept it");
			}
			List<League> locked = submissions.lockedLeagues(submissionId, submission.periodCode());
			if (!locked.isEmpty()) {
				throw new SubmissionException(
						submission.periodCode() + " no longer takes data for " + locked + ": its data is locked");
			}
			int values = submissions.copyRowsIntoMetricValues(submissionId, submission.periodCode());
			SubmissionRepository.FlagsSet flags = submissions.copyRowsIntoDeficitSupport(submissionId,
					submission.periodCode());
			submissions.markAccepted(submissionId, actor, submission.warningCount() > 0);
			if (submission.warningCount() > 0) {
				auditLog.record(new AuditEntry(actor, "SUBMISSION_WARNINGS_ACKNOWLEDGED", "submission",
						String.valueOf(submissionId), "{\"warnings\": " + submission.warningCount() + "}", null)
					.concerning(submission.periodCode(), null));
			}
			auditLog.record(new AuditEntry(actor, "SUBMISSION_ACCEPTED", "submission", String.valueOf(submissionId),
					"{\"status\": \"ACCEPTED\", \"values\": %d, \"deficitSupportFlags\": %d, \"receivingDeficitSupport\": %d}"
						.formatted(values, flags.total(), flags.receiving()),
					null)
				.concerning(submission.periodCode(), null)
				.before("{\"status\": \"VALIDATED\"}"));
			return report(submissions.find(submissionId).orElseThrow(), false);
		});
	}

	/**
	 * Rejects a validated submission with a reason; its rows never reach the period's
	 * data.
	 */
	@PreAuthorize("hasRole('PREPARER')")
	public SubmissionReport reject(long submissionId, String reason) {
		String actor = CurrentUser.username();
		if (reason == null || reason.isBlank()) {
			throw new SubmissionException("A rejection needs a reason");
		}
		return transaction.execute((status) -> {
			Submission submission = undecided(submissionId);
			submissions.markRejected(submissionId, actor, reason.strip());
			auditLog.record(new AuditEntry(actor, "SUBMISSION_REJECTED", "submission", String.valueOf(submissionId),
					"{\"status\": \"REJECTED\"}", reason.strip())
				.concerning(submission.periodCode(), null)
				.before("{\"status\": \"VALIDATED\"}"));
			return report(submissions.find(submissionId).orElseThrow(), false);
		});
	}

	/**
	 * A submission with the first findings of its report, if the signed-in account may
	 * see it: national staff see all, an account tied to an organisation only that
	 * organisation's.
	 * @throws SubmissionNotFoundException for a submission that does not exist or that
	 * the account may not see, alike, so that its existence is not revealed
	 */
	@PreAuthorize("hasAnyRole('SUBMITTER', 'PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	public SubmissionReport report(long submissionId) {
		return report(visible(submissionId, submissions.find(submissionId)), false);
	}

	/**
	 * Writes the whole validation report as CSV (row, column, value, rule, severity,
	 * message), if the signed-in account may see the submission (as {@link #report}).
	 */
	@PreAuthorize("hasAnyRole('SUBMITTER', 'PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	public void writeReportCsv(long submissionId, OutputStream out) {
		visible(submissionId, submissions.find(submissionId));
		ValidationReportCsv.write(submissions.issues(submissionId, null, Integer.MAX_VALUE), out);
	}

	private Submission visible(long submissionId, java.util.Optional<Submission> found) {
		String scope = organisationOf(CurrentUser.username());
		return found.filter((submission) -> mayAccess(scope, submission))
			.orElseThrow(() -> new SubmissionNotFoundException(submissionId));
	}

	/**
	 * The organisation an account is tied to; null for national staff (and system
	 * actors).
	 */
	private @Nullable String organisationOf(String username) {
		return users.find(username).map(UserAccount::organisationCode).orElse(null);
	}

	private static boolean mayAccess(@Nullable String accountOrganisation, Submission submission) {
		return accountOrganisation == null || accountOrganisation.equals(submission.organisationCode());
	}

	private Submission undecided(long submissionId) {
		Submission submission = visible(submissionId, submissions.findForUpdate(submissionId));
		if (submission.status() != SubmissionStatus.VALIDATED) {
			throw new SubmissionException("Submission #" + submissionId + " was already "
					+ submission.status().name().toLowerCase(Locale.ROOT) + " by " + submission.decidedBy());
		}
		return submission;
	}

	private SubmissionReport report(Submission submission, boolean alreadyLoaded) {
		return new SubmissionReport(submission.id(), submission.status().name(), submission.rowCount(),
				submission.errorCount(), submission.warningCount(), alreadyLoaded,
				submissions.issues(submission.id(), null, REPORT_PREVIEW),
				submissions.deficitSupportFlags(submission.id(), MAX_FLAGS_SHOWN));
	}

	private static String summary(Submission submission) {
		return "{\"period\": \"%s\", \"rows\": %d, \"errors\": %d, \"warnings\": %d, \"sha256\": \"%s\"}".formatted(
				submission.periodCode(), submission.rowCount(), submission.errorCount(), submission.warningCount(),
				submission.checksumSha256());
	}

	/** Validates each row as it is read and writes rows and findings in batches. */
	private final class StoringSink implements RowSink {

		private final long submissionId;

		private final RowValidator validator;

		private final List<ValidRow> rows = new ArrayList<>(BATCH_SIZE);

		private final List<ValidationIssue> issues = new ArrayList<>();

		private int storedIssues;

		private int droppedIssues;

		private int rowCount;

		StoringSink(long submissionId, RowValidator validator) {
			this.submissionId = submissionId;
			this.validator = validator;
		}

		@Override
		public void header(List<SubmissionColumn> columns, List<ValidationIssue> headerIssues) {
			issues.addAll(headerIssues);
		}

		@Override
		public void row(RawRow row) {
			rowCount++;
			RowValidator.Result result = validator.validate(row);
			if (result.row() != null) {
				rows.add(result.row());
				if (rows.size() == BATCH_SIZE) {
					submissions.insertRows(submissionId, rows);
					rows.clear();
				}
			}
			for (ValidationIssue issue : result.issues()) {
				if (storedIssues + issues.size() < MAX_STORED_ISSUES) {
					issues.add(issue);
				}
				else {
					droppedIssues++;
				}
			}
			if (issues.size() >= BATCH_SIZE) {
				flushIssues();
			}
		}

		void finish() {
			if (rowCount == 0) {
				issues.add(new ValidationIssue(null, null, null,
						uk.nhs.leaguetables.submission.domain.ValidationRule.EMPTY_FILE,
						"The file has no data rows below its header"));
			}
			submissions.insertRows(submissionId, rows);
			rows.clear();
			flushIssues();
		}

		private void flushIssues() {
			submissions.insertIssues(submissionId, issues);
			storedIssues += issues.size();
			issues.clear();
		}

	}

}
