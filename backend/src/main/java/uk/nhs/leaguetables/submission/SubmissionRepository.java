package uk.nhs.leaguetables.submission;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep7;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.IssueSeverity;
import uk.nhs.leaguetables.db.tables.records.SubmissionIssueRecord;
import uk.nhs.leaguetables.db.tables.records.SubmissionRecord;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.submission.domain.DeficitSupport;
import uk.nhs.leaguetables.submission.domain.MetricSpecification;
import uk.nhs.leaguetables.submission.domain.OrganisationFacts;
import uk.nhs.leaguetables.submission.domain.Severity;
import uk.nhs.leaguetables.submission.domain.ValidRow;
import uk.nhs.leaguetables.submission.domain.ValidationContext;
import uk.nhs.leaguetables.submission.domain.ValidationIssue;
import uk.nhs.leaguetables.submission.domain.ValidationRule;
import uk.nhs.leaguetables.submission.domain.ValueKind;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.stringAgg;
import static org.jooq.impl.DSL.val;
import static uk.nhs.leaguetables.db.Tables.CURRENT_DEFICIT_SUPPORT;
import static uk.nhs.leaguetables.db.Tables.CURRENT_METRIC_VALUE;
import static uk.nhs.leaguetables.db.Tables.DEFICIT_SUPPORT;
import static uk.nhs.leaguetables.db.Tables.METRIC;
import static uk.nhs.leaguetables.db.Tables.METRIC_CATEGORY;
import static uk.nhs.leaguetables.db.Tables.METRIC_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.METRIC_VALUE;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.PERIOD_LEAGUE;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION_ISSUE;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION_ROW;

/**
 * Stores submissions, their parsed rows and their validation report, and runs the rules
 * that look across rows as set-based SQL, so that a million-row file is checked without
 * holding it in memory.
 */
@Repository
class SubmissionRepository {

	/**
	 * A relative change above this against the previous quarter is flagged for a person
	 * to confirm.
	 */
	static final BigDecimal OUTLIER_RELATIVE_CHANGE = new BigDecimal("0.5");

	private final DSLContext dsl;

	private final String copyRows;

	SubmissionRepository(DSLContext dsl) {
		this.dsl = dsl;
		this.copyRows = "COPY " + dsl.render(SUBMISSION_ROW) + " (" + dsl.render(DSL.list(
				SUBMISSION_ROW.SUBMISSION_ID.getUnqualifiedName(), SUBMISSION_ROW.ROW_NUMBER.getUnqualifiedName(),
				SUBMISSION_ROW.ORGANISATION_CODE.getUnqualifiedName(), SUBMISSION_ROW.METRIC_CODE.getUnqualifiedName(),
				SUBMISSION_ROW.STATUS.getUnqualifiedName(), SUBMISSION_ROW.VALUE.getUnqualifiedName(),
				SUBMISSION_ROW.NUMERATOR.getUnqualifiedName(), SUBMISSION_ROW.DENOMINATOR.getUnqualifiedName(),
				SUBMISSION_ROW.CATEGORY.getUnqualifiedName(), SUBMISSION_ROW.MANUAL_SCORE.getUnqualifiedName(),
				SUBMISSION_ROW.REPORTING_DATE.getUnqualifiedName(), SUBMISSION_ROW.COMMENT.getUnqualifiedName()))
				+ ") FROM STDIN (FORMAT csv)";
	}

	Optional<ValidationContext> validationContext(String periodCode) {
		var period = dsl.fetchOptional(REPORTING_PERIOD, REPORTING_PERIOD.CODE.eq(periodCode));
		if (period.isEmpty()) {
			return Optional.empty();
		}
		String framework = period.get().getFrameworkCode();
		Map<String, OrganisationFacts> organisations = dsl.selectFrom(ORGANISATION)
			.fetch()
			.stream()
			.collect(Collectors.toMap((organisation) -> organisation.getCode(),
					(organisation) -> new OrganisationFacts(organisation.getCode(),
							DatabaseEnums.fromDatabaseNullable(organisation.getLeague(), League.class),
							organisation.getOpenDate(), organisation.getCloseDate())));
		Map<String, List<League>> leagues = dsl.selectFrom(METRIC_LEAGUE)
			.where(METRIC_LEAGUE.FRAMEWORK_CODE.eq(framework))
			.fetchGroups(METRIC_LEAGUE.METRIC_CODE, (row) -> DatabaseEnums.fromDatabase(row.getLeague(), League.class));
		Map<String, List<String>> categories = dsl.selectFrom(METRIC_CATEGORY)
			.where(METRIC_CATEGORY.FRAMEWORK_CODE.eq(framework))
			.fetchGroups(METRIC_CATEGORY.METRIC_CODE, METRIC_CATEGORY.CATEGORY);
		Map<String, MetricSpecification> metrics = new HashMap<>();
		for (var metric : dsl.fetch(METRIC, METRIC.FRAMEWORK_CODE.eq(framework))) {
			ValueKind kind = ValueKind.forScoringMethod(metric.getScoringMethod().getLiteral());
			metrics.put(metric.getCode(),
					new MetricSpecification(metric.getCode(),
							Set.copyOf(leagues.getOrDefault(metric.getCode(), List.of())), kind,
							metric.getUnit() == uk.nhs.leaguetables.db.enums.MetricUnit.PERCENT, metric.getValidMin(),
							metric.getValidMax(), metric.getRatioMultiplier(),
							Set.copyOf(categories.getOrDefault(metric.getCode(), List.of())), metric.getMandatory()));
		}
		return Optional.of(new ValidationContext(periodCode, period.get().getStartDate(), period.get().getEndDate(),
				organisations, metrics, null));
	}

	Optional<Submission> findActiveByChecksum(String periodCode, String checksum) {
		return dsl.selectFrom(SUBMISSION)
			.where(SUBMISSION.PERIOD_CODE.eq(periodCode), SUBMISSION.CHECKSUM_SHA256.eq(checksum),
					SUBMISSION.STATUS.ne(uk.nhs.leaguetables.db.enums.SubmissionStatus.REJECTED))
			.fetchOptional(SubmissionRepository::toSubmission);
	}

	Optional<Submission> find(long id) {
		return dsl.fetchOptional(SUBMISSION, SUBMISSION.ID.eq(id)).map(SubmissionRepository::toSubmission);
	}

	/**
	 * Reads the submission and locks it against concurrent decisions until the
	 * transaction ends.
	 */
	Optional<Submission> findForUpdate(long id) {
		return dsl.selectFrom(SUBMISSION)
			.where(SUBMISSION.ID.eq(id))
			.forUpdate()
			.fetchOptional(SubmissionRepository::toSubmission);
	}

	private static Submission toSubmission(SubmissionRecord record) {
		return new Submission(record.getId(), record.getPeriodCode(),
				DatabaseEnums.fromDatabase(record.getSource(), SubmissionSource.class),
				DatabaseEnums.fromDatabase(record.getFormat(), SubmissionFormat.class), record.getFileName(),
				record.getChecksumSha256(), record.getUploadedBy(), record.getOrganisationCode(),
				record.getUploadedAt(), record.getRowCount(), record.getErrorCount(), record.getWarningCount(),
				DatabaseEnums.fromDatabase(record.getStatus(), SubmissionStatus.class), record.getDecidedBy(),
				record.getDecidedAt(), record.getDecisionReason(), record.getCorrectionReason());
	}

	long create(NewSubmission submission) {
		SubmissionRecord record = dsl.newRecord(SUBMISSION);
		record.setPeriodCode(submission.periodCode());
		record.setSource(
				DatabaseEnums.toDatabase(submission.source(), uk.nhs.leaguetables.db.enums.SubmissionSource.class));
		record.setFormat(
				DatabaseEnums.toDatabase(submission.format(), uk.nhs.leaguetables.db.enums.SubmissionFormat.class));
		record.setFileName(submission.fileName());
		record.setChecksumSha256(submission.checksum());
		record.setUploadedBy(submission.uploadedBy());
		record.setOrganisationCode(submission.organisationCode());
		record.setRowCount(0);
		record.setStatus(uk.nhs.leaguetables.db.enums.SubmissionStatus.VALIDATED);
		record.setCorrectionReason(submission.correctionReason());
		record.store();
		return record.getId();
	}

	/**
	 * Stages rows with PostgreSQL's COPY, the bulk path that keeps a million-row upload
	 * within seconds; the statement is assembled from the generated table and column
	 * names, never from input.
	 */
	void insertRows(long submissionId, List<ValidRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder(rows.size() * 64);
		for (ValidRow row : rows) {
			CopyCsv.line(csv, submissionId, row.rowNumber(), row.organisationCode(), row.metricCode(),
					row.status().name(), row.value(), row.numerator(), row.denominator(), row.category(),
					row.manualScore(), row.reportingDate(), row.comment());
		}
		dsl.connection((connection) -> connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn(copyRows, new StringReader(csv.toString())));
	}

	void insertIssues(long submissionId, List<ValidationIssue> issues) {
		if (issues.isEmpty()) {
			return;
		}
		InsertValuesStep7<SubmissionIssueRecord, Long, Integer, String, String, String, IssueSeverity, String> insert = dsl
			.insertInto(SUBMISSION_ISSUE, SUBMISSION_ISSUE.SUBMISSION_ID, SUBMISSION_ISSUE.ROW_NUMBER,
					SUBMISSION_ISSUE.COLUMN_NAME, SUBMISSION_ISSUE.VALUE, SUBMISSION_ISSUE.RULE,
					SUBMISSION_ISSUE.SEVERITY, SUBMISSION_ISSUE.MESSAGE);
		for (ValidationIssue issue : issues) {
			insert = insert.values(submissionId, issue.row(), issue.column(), issue.value(), issue.rule().name(),
					DatabaseEnums.toDatabase(issue.severity(), IssueSeverity.class), issue.message());
		}
		insert.execute();
	}

	/**
	 * The rules that compare rows with each other and with accepted data; each adds its
	 * findings to the report.
	 */
	Unstored checkAcrossRows(long submissionId, String periodCode, boolean correction, int room) {
		FindingBudget budget = new FindingBudget(room);
		flagDuplicates(submissionId, budget);
		if (!correction) {
			flagConflictsWithAccepted(submissionId, periodCode, budget);
		}
		flagMissingMandatoryMetrics(submissionId, periodCode, budget);
		flagOutliersAgainstPreviousQuarter(submissionId, periodCode, budget);
		return new Unstored(budget.unstoredErrors, budget.unstoredWarnings);
	}

	/** How many findings of each severity did not fit into the report. */
	record Unstored(int errors, int warnings) {
	}

	private void flagDuplicates(long submissionId, FindingBudget budget) {
		var rows = select(SUBMISSION_ROW.ROW_NUMBER, SUBMISSION_ROW.ORGANISATION_CODE, SUBMISSION_ROW.METRIC_CODE,
				min(SUBMISSION_ROW.ROW_NUMBER).over()
					.partitionBy(SUBMISSION_ROW.ORGANISATION_CODE, SUBMISSION_ROW.METRIC_CODE)
					.as("first_row"))
			.from(SUBMISSION_ROW)
			.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId))
			.asTable("row_with_first");
		Field<Integer> rowNumber = rows.field(SUBMISSION_ROW.ROW_NUMBER);
		Field<String> metric = rows.field(SUBMISSION_ROW.METRIC_CODE);
		Field<Integer> firstRow = rows.field("first_row", Integer.class);
		budget.store(Severity.ERROR,
				select(val(submissionId), rowNumber, inline("metric_id"), metric,
						inline(ValidationRule.DUPLICATE_ROW.name()), inline(IssueSeverity.ERROR),
						inline("Row ").concat(rowNumber.cast(String.class))
							.concat(" repeats ")
							.concat(rows.field(SUBMISSION_ROW.ORGANISATION_CODE))
							.concat(" ")
							.concat(metric)
							.concat(" of row ")
							.concat(firstRow.cast(String.class))
							.concat("; keep one row per organisation and metric"))
					.from(rows)
					.where(rowNumber.ne(firstRow)));
	}

	private void flagConflictsWithAccepted(long submissionId, String periodCode, FindingBudget budget) {
		budget.store(Severity.ERROR,
				select(val(submissionId), SUBMISSION_ROW.ROW_NUMBER, inline("metric_id"), SUBMISSION_ROW.METRIC_CODE,
						inline(ValidationRule.CONFLICTS_WITH_ACCEPTED.name()), inline(IssueSeverity.ERROR),
						SUBMISSION_ROW.ORGANISATION_CODE.concat(" ")
							.concat(SUBMISSION_ROW.METRIC_CODE)
							.concat(" for " + periodCode + " was already accepted in submission #")
							.concat(CURRENT_METRIC_VALUE.SUBMISSION_ID.cast(String.class))
							.concat("; to replace it, upload a correction with a reason"))
					.from(SUBMISSION_ROW)
					.join(CURRENT_METRIC_VALUE)
					.on(CURRENT_METRIC_VALUE.PERIOD_CODE.eq(periodCode),
							CURRENT_METRIC_VALUE.ORGANISATION_CODE.eq(SUBMISSION_ROW.ORGANISATION_CODE),
							CURRENT_METRIC_VALUE.METRIC_CODE.eq(SUBMISSION_ROW.METRIC_CODE))
					.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId)));
		budget.store(Severity.ERROR,
				select(val(submissionId), SUBMISSION_ROW.ROW_NUMBER, inline("metric_id"), SUBMISSION_ROW.METRIC_CODE,
						inline(ValidationRule.CONFLICTS_WITH_ACCEPTED.name()), inline(IssueSeverity.ERROR),
						SUBMISSION_ROW.ORGANISATION_CODE
							.concat(" " + DeficitSupport.METRIC_ID + " for " + periodCode
									+ " was already accepted in submission #")
							.concat(CURRENT_DEFICIT_SUPPORT.SUBMISSION_ID.cast(String.class))
							.concat("; to replace it, upload a correction with a reason"))
					.from(SUBMISSION_ROW)
					.join(CURRENT_DEFICIT_SUPPORT)
					.on(CURRENT_DEFICIT_SUPPORT.PERIOD_CODE.eq(periodCode),
							CURRENT_DEFICIT_SUPPORT.ORGANISATION_CODE.eq(SUBMISSION_ROW.ORGANISATION_CODE))
					.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId),
							SUBMISSION_ROW.METRIC_CODE.eq(DeficitSupport.METRIC_ID)));
	}

	/**
	 * Per organisation with metric rows in the submission; one that only has its
	 * deficit-support flag in it is not asked for metrics.
	 */
	private void flagMissingMandatoryMetrics(long submissionId, String periodCode, FindingBudget budget) {
		var organisations = select(SUBMISSION_ROW.ORGANISATION_CODE).distinctOn(SUBMISSION_ROW.ORGANISATION_CODE)
			.from(SUBMISSION_ROW)
			.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId),
					SUBMISSION_ROW.METRIC_CODE.ne(DeficitSupport.METRIC_ID))
			.asTable("submitted");
		Field<String> organisation = organisations.field(SUBMISSION_ROW.ORGANISATION_CODE);
		Condition inThisSubmission = exists(selectOne().from(SUBMISSION_ROW)
			.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId), SUBMISSION_ROW.ORGANISATION_CODE.eq(organisation),
					SUBMISSION_ROW.METRIC_CODE.eq(METRIC.CODE)));
		Condition alreadyAccepted = exists(selectOne().from(CURRENT_METRIC_VALUE)
			.where(CURRENT_METRIC_VALUE.PERIOD_CODE.eq(periodCode),
					CURRENT_METRIC_VALUE.ORGANISATION_CODE.eq(organisation),
					CURRENT_METRIC_VALUE.METRIC_CODE.eq(METRIC.CODE)));
		budget.store(Severity.WARNING,
				select(val(submissionId), inline((Integer) null), inline("organisation_code"), organisation,
						inline(ValidationRule.MISSING_MANDATORY_METRICS.name()), inline(IssueSeverity.WARNING),
						organisation.concat(" supplies no value for the mandatory metrics ")
							.concat(stringAgg(METRIC.CODE, ", ").orderBy(METRIC.CODE))
							.concat(" (neither in this submission nor accepted before)"))
					.from(organisations)
					.join(ORGANISATION)
					.on(ORGANISATION.CODE.eq(organisation))
					.join(REPORTING_PERIOD)
					.on(REPORTING_PERIOD.CODE.eq(periodCode))
					.join(METRIC_LEAGUE)
					.on(METRIC_LEAGUE.FRAMEWORK_CODE.eq(REPORTING_PERIOD.FRAMEWORK_CODE),
							METRIC_LEAGUE.LEAGUE.eq(ORGANISATION.LEAGUE))
					.join(METRIC)
					.on(METRIC.FRAMEWORK_CODE.eq(METRIC_LEAGUE.FRAMEWORK_CODE),
							METRIC.CODE.eq(METRIC_LEAGUE.METRIC_CODE))
					.where(METRIC.MANDATORY.isTrue(), inThisSubmission.not(), alreadyAccepted.not())
					.groupBy(organisation));
	}

	/**
	 * The previous quarter is looked up first and compared as a constant: only then can
	 * PostgreSQL narrow {@code current_metric_value} to that quarter before it picks each
	 * value's latest submission. Joined to the period instead, it did so over the whole
	 * history, and an accept took over 30 s once 18 quarters were loaded.
	 */
	private void flagOutliersAgainstPreviousQuarter(long submissionId, String periodCode, FindingBudget budget) {
		var period = REPORTING_PERIOD.as("period");
		var previous = REPORTING_PERIOD.as("previous");
		String previousCode = dsl.select(previous.CODE)
			.from(period)
			.join(previous)
			.on(previous.END_DATE.eq(period.START_DATE.minus(1)))
			.where(period.CODE.eq(periodCode))
			.fetchOne(previous.CODE);
		if (previousCode == null) {
			return;
		}
		Field<BigDecimal> before = CURRENT_METRIC_VALUE.VALUE;
		Field<BigDecimal> after = SUBMISSION_ROW.VALUE;
		Field<BigDecimal> relativeChange = after.minus(before).div(abs(before));
		budget.store(Severity.WARNING,
				select(val(submissionId), SUBMISSION_ROW.ROW_NUMBER, inline("value"), after.cast(String.class),
						inline(ValidationRule.OUTLIER_AGAINST_PREVIOUS_QUARTER.name()), inline(IssueSeverity.WARNING),
						SUBMISSION_ROW.ORGANISATION_CODE.concat(" ")
							.concat(SUBMISSION_ROW.METRIC_CODE)
							.concat(" changed from ")
							.concat(before.cast(String.class))
							.concat(" in " + previousCode + " to ")
							.concat(after.cast(String.class))
							.concat(" (")
							.concat(round(relativeChange.times(100), 1).cast(String.class))
							.concat("%); confirm the value is right"))
					.from(SUBMISSION_ROW)
					.join(CURRENT_METRIC_VALUE)
					.on(CURRENT_METRIC_VALUE.PERIOD_CODE.eq(previousCode),
							CURRENT_METRIC_VALUE.ORGANISATION_CODE.eq(SUBMISSION_ROW.ORGANISATION_CODE),
							CURRENT_METRIC_VALUE.METRIC_CODE.eq(SUBMISSION_ROW.METRIC_CODE))
					.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId), before.ne(BigDecimal.ZERO), after.isNotNull(),
							abs(relativeChange).gt(OUTLIER_RELATIVE_CHANGE)));
	}

	/** Stores findings while the report has room and counts those that do not fit. */
	private final class FindingBudget {

		private int room;

		private int unstoredErrors;

		private int unstoredWarnings;

		FindingBudget(int room) {
			this.room = room;
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		void store(Severity severity, Select<? extends Record> findings) {
			int roomBefore = room;
			int stored = dsl
				.insertInto(SUBMISSION_ISSUE, SUBMISSION_ISSUE.SUBMISSION_ID, SUBMISSION_ISSUE.ROW_NUMBER,
						SUBMISSION_ISSUE.COLUMN_NAME, SUBMISSION_ISSUE.VALUE, SUBMISSION_ISSUE.RULE,
						SUBMISSION_ISSUE.SEVERITY, SUBMISSION_ISSUE.MESSAGE)
				.select((Select) DSL
					.selectFrom(findings.asTable("finding", "submission_id", "row_number", "column_name", "value",
							"rule", "severity", "message"))
					.limit(roomBefore))
				.execute();
			room -= stored;
			if (stored == roomBefore) {
				int unstored = dsl.fetchCount(findings) - stored;
				if (severity == Severity.ERROR) {
					unstoredErrors += unstored;
				}
				else {
					unstoredWarnings += unstored;
				}
			}
		}

	}

	/**
	 * Counts the report's errors and warnings and records them with the row count.
	 * @param unstored findings beyond what the report keeps
	 */
	void recordCounts(long submissionId, int rowCount, Unstored unstored) {
		Map<IssueSeverity, Integer> counts = dsl.select(SUBMISSION_ISSUE.SEVERITY, org.jooq.impl.DSL.count())
			.from(SUBMISSION_ISSUE)
			.where(SUBMISSION_ISSUE.SUBMISSION_ID.eq(submissionId))
			.groupBy(SUBMISSION_ISSUE.SEVERITY)
			.fetchMap(SUBMISSION_ISSUE.SEVERITY, org.jooq.impl.DSL.count());
		dsl.update(SUBMISSION)
			.set(SUBMISSION.ROW_COUNT, rowCount)
			.set(SUBMISSION.ERROR_COUNT, counts.getOrDefault(IssueSeverity.ERROR, 0) + unstored.errors())
			.set(SUBMISSION.WARNING_COUNT, counts.getOrDefault(IssueSeverity.WARNING, 0) + unstored.warnings())
			.where(SUBMISSION.ID.eq(submissionId))
			.execute();
	}

	List<ValidationIssue> issues(long submissionId, @Nullable Severity severity, int limit) {
		Condition severityCondition = (severity != null)
				? SUBMISSION_ISSUE.SEVERITY.eq(DatabaseEnums.toDatabase(severity, IssueSeverity.class)) : noCondition();
		return dsl.selectFrom(SUBMISSION_ISSUE)
			.where(SUBMISSION_ISSUE.SUBMISSION_ID.eq(submissionId), severityCondition)
			.orderBy(SUBMISSION_ISSUE.ROW_NUMBER.asc().nullsFirst(), SUBMISSION_ISSUE.ID)
			.limit(limit)
			.fetch((issue) -> new ValidationIssue(issue.getRowNumber(), issue.getColumnName(), issue.getValue(),
					ValidationRule.valueOf(issue.getRule()), issue.getMessage()));
	}

	/**
	 * The leagues of this submission's organisations whose period is no longer open for
	 * data.
	 */
	List<League> lockedLeagues(long submissionId, String periodCode) {
		return dsl.selectDistinct(PERIOD_LEAGUE.LEAGUE)
			.from(SUBMISSION_ROW)
			.join(ORGANISATION)
			.on(ORGANISATION.CODE.eq(SUBMISSION_ROW.ORGANISATION_CODE))
			.join(PERIOD_LEAGUE)
			.on(PERIOD_LEAGUE.PERIOD_CODE.eq(periodCode), PERIOD_LEAGUE.LEAGUE.eq(ORGANISATION.LEAGUE))
			.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId),
					PERIOD_LEAGUE.STATUS.ne(uk.nhs.leaguetables.db.enums.PeriodStatus.OPEN))
			.fetch((league) -> DatabaseEnums.fromDatabase(league.value1(), League.class));
	}

	/**
	 * Copies the submission's metric rows (not its flags) into the period's metric values
	 * in one statement.
	 */
	int copyRowsIntoMetricValues(long submissionId, String periodCode) {
		return dsl
			.insertInto(METRIC_VALUE, METRIC_VALUE.SUBMISSION_ID, METRIC_VALUE.PERIOD_CODE,
					METRIC_VALUE.ORGANISATION_CODE, METRIC_VALUE.FRAMEWORK_CODE, METRIC_VALUE.METRIC_CODE,
					METRIC_VALUE.STATUS, METRIC_VALUE.VALUE, METRIC_VALUE.NUMERATOR, METRIC_VALUE.DENOMINATOR,
					METRIC_VALUE.CATEGORY, METRIC_VALUE.MANUAL_SCORE, METRIC_VALUE.REPORTING_DATE, METRIC_VALUE.COMMENT,
					METRIC_VALUE.SOURCE_ROW)
			.select(select(SUBMISSION_ROW.SUBMISSION_ID, val(periodCode), SUBMISSION_ROW.ORGANISATION_CODE,
					REPORTING_PERIOD.FRAMEWORK_CODE, SUBMISSION_ROW.METRIC_CODE, SUBMISSION_ROW.STATUS,
					SUBMISSION_ROW.VALUE, SUBMISSION_ROW.NUMERATOR, SUBMISSION_ROW.DENOMINATOR, SUBMISSION_ROW.CATEGORY,
					SUBMISSION_ROW.MANUAL_SCORE, SUBMISSION_ROW.REPORTING_DATE, SUBMISSION_ROW.COMMENT,
					SUBMISSION_ROW.ROW_NUMBER)
				.from(SUBMISSION_ROW)
				.join(REPORTING_PERIOD)
				.on(REPORTING_PERIOD.CODE.eq(periodCode))
				.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId),
						SUBMISSION_ROW.METRIC_CODE.ne(DeficitSupport.METRIC_ID)))
			.execute();
	}

	/**
	 * Copies the submission's {@code DEFICIT_SUPPORT} rows into the period's
	 * deficit-support flags in one statement.
	 */
	FlagsSet copyRowsIntoDeficitSupport(long submissionId, String periodCode) {
		List<Boolean> flags = dsl
			.insertInto(DEFICIT_SUPPORT, DEFICIT_SUPPORT.SUBMISSION_ID, DEFICIT_SUPPORT.PERIOD_CODE,
					DEFICIT_SUPPORT.ORGANISATION_CODE, DEFICIT_SUPPORT.RECEIVES_DEFICIT_SUPPORT,
					DEFICIT_SUPPORT.COMMENT, DEFICIT_SUPPORT.SOURCE_ROW)
			.select(select(SUBMISSION_ROW.SUBMISSION_ID, val(periodCode), SUBMISSION_ROW.ORGANISATION_CODE,
					SUBMISSION_ROW.VALUE.eq(BigDecimal.ONE), SUBMISSION_ROW.COMMENT, SUBMISSION_ROW.ROW_NUMBER)
				.from(SUBMISSION_ROW)
				.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId),
						SUBMISSION_ROW.METRIC_CODE.eq(DeficitSupport.METRIC_ID)))
			.returning(DEFICIT_SUPPORT.RECEIVES_DEFICIT_SUPPORT)
			.fetch(DEFICIT_SUPPORT.RECEIVES_DEFICIT_SUPPORT);
		return new FlagsSet(flags.size(), (int) flags.stream().filter(Boolean.TRUE::equals).count());
	}

	/**
	 * How many deficit-support flags an acceptance set, and how many of them say the
	 * organisation receives deficit support.
	 */
	record FlagsSet(int total, int receiving) {
	}

	/** The deficit-support flags staged with a submission, by organisation. */
	List<DeficitSupportFlag> deficitSupportFlags(long submissionId, int limit) {
		return dsl.select(SUBMISSION_ROW.ROW_NUMBER, SUBMISSION_ROW.ORGANISATION_CODE, SUBMISSION_ROW.VALUE)
			.from(SUBMISSION_ROW)
			.where(SUBMISSION_ROW.SUBMISSION_ID.eq(submissionId),
					SUBMISSION_ROW.METRIC_CODE.eq(DeficitSupport.METRIC_ID))
			.orderBy(SUBMISSION_ROW.ORGANISATION_CODE, SUBMISSION_ROW.ROW_NUMBER)
			.limit(limit)
			.fetch((flag) -> new DeficitSupportFlag(flag.value1(), flag.value2(),
					flag.value3().compareTo(BigDecimal.ONE) == 0));
	}

	void markAccepted(long submissionId, String actor, boolean warningsAcknowledged) {
		OffsetDateTime now = OffsetDateTime.now();
		dsl.update(SUBMISSION)
			.set(SUBMISSION.STATUS, uk.nhs.leaguetables.db.enums.SubmissionStatus.ACCEPTED)
			.set(SUBMISSION.DECIDED_BY, actor)
			.set(SUBMISSION.DECIDED_AT, now)
			.set(SUBMISSION.WARNINGS_ACKNOWLEDGED_BY, warningsAcknowledged ? actor : null)
			.set(SUBMISSION.WARNINGS_ACKNOWLEDGED_AT, warningsAcknowledged ? now : null)
			.where(SUBMISSION.ID.eq(submissionId))
			.execute();
	}

	void markRejected(long submissionId, String actor, String reason) {
		dsl.update(SUBMISSION)
			.set(SUBMISSION.STATUS, uk.nhs.leaguetables.db.enums.SubmissionStatus.REJECTED)
			.set(SUBMISSION.DECIDED_BY, actor)
			.set(SUBMISSION.DECIDED_AT, OffsetDateTime.now())
			.set(SUBMISSION.DECISION_REASON, reason)
			.where(SUBMISSION.ID.eq(submissionId))
			.execute();
	}

	List<Submission> history(String periodCode) {
		return dsl.selectFrom(SUBMISSION)
			.where(SUBMISSION.PERIOD_CODE.eq(periodCode))
			.orderBy(SUBMISSION.UPLOADED_AT.desc())
			.fetch(SubmissionRepository::toSubmission);
	}

	/**
	 * What a new submission records before its rows are read.
	 */
	record NewSubmission(String periodCode, SubmissionSource source, SubmissionFormat format, @Nullable String fileName,
			String checksum, String uploadedBy, @Nullable String organisationCode, @Nullable String correctionReason) {
	}

	/** How many submissions there are in each status. */
	Map<SubmissionStatus, Integer> countByStatus() {
		return dsl.select(SUBMISSION.STATUS, DSL.count())
			.from(SUBMISSION)
			.groupBy(SUBMISSION.STATUS)
			.fetchMap((row) -> DatabaseEnums.fromDatabase(row.value1(), SubmissionStatus.class), Record2::value2);
	}

}
