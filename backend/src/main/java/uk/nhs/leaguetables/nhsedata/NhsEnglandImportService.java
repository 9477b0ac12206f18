package uk.nhs.leaguetables.nhsedata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.framework.ReportingPeriods;
import uk.nhs.leaguetables.nhsedata.domain.ImportIssue;
import uk.nhs.leaguetables.nhsedata.domain.ParsedTrustData;
import uk.nhs.leaguetables.nhsedata.domain.TrustDataContext;
import uk.nhs.leaguetables.nhsedata.domain.TrustDataParser;
import uk.nhs.leaguetables.nhsedata.domain.TrustDataRow;
import uk.nhs.leaguetables.nhsedata.domain.TrustDataSubmission;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.tabular.TableReader;
import uk.nhs.leaguetables.security.CurrentUser;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;
import uk.nhs.leaguetables.submission.domain.RawRow;

/**
 * Imports NHS England's published NOF trust data files. The whole file is checked first
 * ({@link TrustDataParser}); then, per quarter of the file and in one transaction for the
 * whole file: the quarter is opened if a framework version covers it and it does not
 * exist yet, its raw values (and the published scores of metrics scored by category)
 * become a submission through the submission pipeline, and every row of the quarter is
 * stored as a new revision of NHS England's reference publication of the quarter and
 * league. Any error (the file's or the submission's) stores nothing. The same file
 * imported again for a quarter and league returns the stored publication.
 */
@Service
public class NhsEnglandImportService {

	private final NhseReferenceRepository references;

	private final ReportingPeriods periods;

	private final SubmissionService submissions;

	private final TransactionTemplate transaction;

	private final AuditLog auditLog;

	NhsEnglandImportService(NhseReferenceRepository references, ReportingPeriods periods, SubmissionService submissions,
			TransactionTemplate transaction, AuditLog auditLog) {
		this.references = references;
		this.periods = periods;
		this.submissions = submissions;
		this.transaction = transaction;
		this.auditLog = auditLog;
	}

	/**
	 * @throws NhsEnglandImportException when the request itself cannot be imported (a
	 * league or format NHS England publishes no trust data in, a malformed period)
	 */
	@PreAuthorize("hasAnyRole('PREPARER', 'ADMIN')")
	public ImportResult importTrustData(ImportRequest request, byte[] content) {
		String actor = CurrentUser.username();
		if (request.league() == League.ICB) {
			throw new NhsEnglandImportException(
					"NHS England publishes trust data for the ACUTE, NON_ACUTE and AMBULANCE leagues, not for ICBs");
		}
		if (request.format() == SubmissionFormat.ROWS) {
			throw new NhsEnglandImportException("Trust data is imported from a CSV or XLSX file");
		}
		if (request.periodCode() != null && !request.periodCode().matches("\\d{4}/\\d{2} Q[1-4]")) {
			throw new NhsEnglandImportException(
					"'" + request.periodCode() + "' is not a period; write the quarter like 2025/26 Q1");
		}
		TrustDataContext context = references.context();
		ParsedTrustData parsed = parse(request, content, context);
		if (parsed.errorCount() > 0) {
			return ImportResult.failed(new ImportReport(parsed.rowCount(), parsed.errorCount(), 0, parsed.issues()));
		}
		Map<String, List<TrustDataRow>> quarters = new TreeMap<>();
		parsed.rows()
			.forEach((row) -> quarters.computeIfAbsent(row.periodCode(), (code) -> new ArrayList<>()).add(row));
		String fileSha256 = sha256(content);
		try {
			return transaction.execute((status) -> {
				List<SubmissionReport> created = new ArrayList<>();
				List<ReferencePublication> stored = new ArrayList<>();
				List<ImportIssue> warnings = new ArrayList<>();
				int warningCount = 0;
				for (Map.Entry<String, List<TrustDataRow>> quarter : quarters.entrySet()) {
					QuarterImport imported = importQuarter(request, actor, fileSha256, quarter.getKey(),
							quarter.getValue(), context);
					stored.add(imported.reference());
					if (imported.submission() != null) {
						created.add(imported.submission());
						warningCount += imported.submission().warningCount();
						imported.submission().issues().stream().map(ImportIssue::fromSubmission).forEach(warnings::add);
					}
				}
				return new ImportResult(new ImportReport(parsed.rowCount(), 0, warningCount, warnings), created,
						stored);
			});
		}
		catch (RolledBack ex) {
			return ImportResult.failed(ex.report);
		}
	}

	/**
	 * The latest (or the given) revision of NHS England's reference publication of a
	 * quarter and league; for NHS England staff.
	 */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	public java.util.Optional<ReferencePublication> reference(String periodCode, League league,
			@Nullable Integer revision) {
		return references.find(periodCode, league, revision);
	}

	/** The stored rows of each publication, in one query. */
	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	public Map<Long, List<ReferenceRow>> rows(Collection<Long> publicationIds) {
		return references.rows(publicationIds);
	}

	private ParsedTrustData parse(ImportRequest request, byte[] content, TrustDataContext context) {
		TableReader.Format format = (request.format() == SubmissionFormat.XLSX) ? TableReader.Format.XLSX
				: TableReader.Format.CSV;
		try {
			return TrustDataParser.parse(new ByteArrayInputStream(content), format, context, request.league(),
					request.periodCode());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private QuarterImport importQuarter(ImportRequest request, String actor, String fileSha256, String periodCode,
			List<TrustDataRow> rows, TrustDataContext context) {
		String framework = rows.get(0).frameworkCode();
		if (periods.openIfMissing(periodCode, framework, actor)) {
			auditLog.record(new AuditEntry(actor, "PERIOD_OPENED", "reporting_period", periodCode,
					"{\"framework\": \"" + framework + "\", \"status\": \"OPEN\"}",
					"Opened for the import of NHS England's trust data file " + request.fileName())
				.concerning(periodCode, null));
		}
		if (!references.lockLeague(periodCode, request.league())) {
			throw new RolledBack(new ImportReport(rows.size(), 1, 0,
					List.of(new ImportIssue(null, "Quarter", TrustDataParser.quarterOf(periodCode), "UNKNOWN_PERIOD",
							uk.nhs.leaguetables.submission.domain.Severity.ERROR,
							periodCode + " has no " + request.league() + " league table under " + framework))));
		}
		ReferencePublication existing = references.findByFile(periodCode, request.league(), fileSha256).orElse(null);
		if (existing != null) {
			SubmissionReport submission = (existing.submissionId() != null)
					? submissions.report(existing.submissionId()) : null;
			return new QuarterImport(existing.asAlreadyLoaded(), submission);
		}
		List<RawRow> submissionRows = TrustDataSubmission.rows(rows, context.catalogues().get(framework));
		SubmissionReport submission = null;
		if (!submissionRows.isEmpty()) {
			submission = submissions.submitRows(
					new SubmissionRequest(periodCode, SubmissionSource.NHS_ENGLAND, request.format(),
							request.fileName(), request.correctionReason()),
					TrustDataSubmission.checksum(periodCode, submissionRows), submissionRows);
			if (submission.errorCount() > 0) {
				throw new RolledBack(new ImportReport(rows.size(), submission.errorCount(), submission.warningCount(),
						submission.issues().stream().map(ImportIssue::fromSubmission).toList()));
			}
		}
		ReferencePublication reference = references.insert(new NhseReferenceRepository.NewPublication(periodCode,
				request.league(), framework, (submission != null) ? submission.submissionId() : null,
				request.fileName(), fileSha256, request.format(), actor), rows);
		auditLog.record(new AuditEntry(actor, "NHSE_REFERENCE_IMPORTED", "nhse_reference_publication",
				String.valueOf(reference.id()),
				"{\"revision\": %d, \"file\": \"%s\", \"sha256\": \"%s\", \"rows\": %d, \"submission\": %s}".formatted(
						reference.revision(), json(request.fileName()), fileSha256, reference.rowCount(),
						(submission != null) ? String.valueOf(submission.submissionId()) : "null"),
				request.correctionReason())
			.concerning(periodCode, request.league()));
		return new QuarterImport(reference, submission);
	}

	private static String json(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char character : text.toCharArray()) {
			switch (character) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				default -> {
					if (character < 0x20) {
						escaped.append(String.format("\\u%04x", (int) character));
					}
					else {
						escaped.append(character);
					}
				}
			}
		}
		return escaped.toString();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private record QuarterImport(ReferencePublication reference, @Nullable SubmissionReport submission) {
	}

	/** Carries the report of a failed quarter out of the transaction it rolls back. */
	private static final class RolledBack extends RuntimeException {

		private final transient ImportReport report;

		RolledBack(ImportReport report) {
			super(null, null, false, false);
			this.report = report;
		}

	}

}
