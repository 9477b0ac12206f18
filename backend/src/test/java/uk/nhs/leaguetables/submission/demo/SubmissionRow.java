package uk.nhs.leaguetables.submission.demo;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of a submission file in the project's upload format: a value, a numerator and
 * denominator, a category or a manual score, or a status saying why there is none.
 */
record SubmissionRow(Key key, @Nullable BigDecimal value, @Nullable BigDecimal numerator,
		@Nullable BigDecimal denominator, @Nullable String category, @Nullable BigDecimal score, Status status,
		String comment) {

	static final List<String> HEADER = List.of("period", "organisation_code", "metric_id", "value", "numerator",
			"denominator", "category", "score", "status", "comment");

	/** A file holds exactly one row per key. */
	record Key(DemoPeriod period, String organisationCode, String metricId) {
	}

	enum Status {

		/** Written as an empty cell. */
		VALUE, NOT_APPLICABLE, NOT_SUBMITTED

	}

	static SubmissionRow value(Key key, BigDecimal value, String comment) {
		return new SubmissionRow(key, value, null, null, null, null, Status.VALUE, comment);
	}

	static SubmissionRow ratio(Key key, BigDecimal numerator, BigDecimal denominator, String comment) {
		return new SubmissionRow(key, null, numerator, denominator, null, null, Status.VALUE, comment);
	}

	static SubmissionRow category(Key key, String category, String comment) {
		return new SubmissionRow(key, null, null, null, category, null, Status.VALUE, comment);
	}

	static SubmissionRow manualScore(Key key, BigDecimal score, String justification) {
		return new SubmissionRow(key, null, null, null, null, score, Status.VALUE, justification);
	}

	static SubmissionRow without(Key key, Status status, String reason) {
		return new SubmissionRow(key, null, null, null, null, null, status, reason);
	}

	List<String> cells() {
		return List.of(key.period().code(), key.organisationCode(), key.metricId(), plain(value), plain(numerator),
				plain(denominator), (category != null) ? category : "", plain(score),
				(status == Status.VALUE) ? "" : status.name(), comment);
	}

	private static String plain(@Nullable BigDecimal number) {
		return (number != null) ? number.toPlainString() : "";
	}

}
