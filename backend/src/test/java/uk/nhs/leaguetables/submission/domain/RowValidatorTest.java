package uk.nhs.leaguetables.submission.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.nhs.leaguetables.organisation.League;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each row-level rule, with a row that breaks it and the issue that names row, column,
 * value and rule.
 */
class RowValidatorTest {

	private static final MetricSpecification AE_FOUR_HOURS = new MetricSpecification("OF0013", Set.of(League.ACUTE),
			ValueKind.NUMBER, true, BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(100), Set.of(), true);

	private static final MetricSpecification MRSA_CASES = new MetricSpecification("OF0020", Set.of(League.ACUTE),
			ValueKind.NUMBER, false, BigDecimal.ZERO, BigDecimal.valueOf(1000), null, Set.of(), false);

	private static final MetricSpecification CQC_SAFE = new MetricSpecification("OF0067", Set.of(League.ACUTE),
			ValueKind.CATEGORY, false, null, null, null, Set.of("Good", "Outstanding"), false);

	private static final MetricSpecification PLANNED_VERSUS_ACTUAL = new MetricSpecification("OF0106",
			Set.of(League.ACUTE), ValueKind.MANUAL_SCORE, false, null, null, null, Set.of(), false);

	private static final MetricSpecification CRISIS_CONTACT = new MetricSpecification("OF0016",
			Set.of(League.NON_ACUTE), ValueKind.NUMBER, true, BigDecimal.ZERO, BigDecimal.valueOf(100), null, Set.of(),
			true);

	private final RowValidator validator = new RowValidator(
			new ValidationContext("2025/26 Q1", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30),
					Map.of("RJ1", new OrganisationFacts("RJ1", League.ACUTE, LocalDate.of(1993, 4, 1), null), "RRP",
							new OrganisationFacts("RRP", League.NON_ACUTE, LocalDate.of(2001, 4, 1),
									LocalDate.of(2024, 10, 31)),
							"RQF", new OrganisationFacts("RQF", null, LocalDate.of(1994, 4, 1), null)),
					Map.of("OF0013", AE_FOUR_HOURS, "OF0020", MRSA_CASES, "OF0067", CQC_SAFE, "OF0106",
							PLANNED_VERSUS_ACTUAL, "OF0016", CRISIS_CONTACT),
					null));

	@Test
	void computes_a_percentage_from_numerator_and_denominator() {
		RowValidator.Result result = validator.validate(row("OF0013", Map.of(SubmissionColumn.NUMERATOR, "7412",
				SubmissionColumn.DENOMINATOR, "10000", SubmissionColumn.COMMENT, "Apr-Jun")));

		assertThat(result.issues()).isEmpty();
		assertThat(result.row()).isNotNull();
		assertThat(result.row().value()).isEqualByComparingTo("74.12");
		assertThat(result.row().organisationCode()).isEqualTo("RJ1");
		assertThat(result.row().comment()).isEqualTo("Apr-Jun");
	}

	@Test
	void accepts_a_plain_value_and_a_lower_case_code() {
		RowValidator.Result result = validator
			.validate(new RawRow(2, Map.of(SubmissionColumn.PERIOD, "2025/26 Q1", SubmissionColumn.ORGANISATION_CODE,
					"rj1", SubmissionColumn.METRIC_ID, "of0013", SubmissionColumn.VALUE, "74.1")));

		assertThat(result.issues()).isEmpty();
		assertThat(result.row().metricCode()).isEqualTo("OF0013");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			MALFORMED_PERIOD              | period            | 2025-26 Q1 | OF0013 | RJ1  | value       | 74
			PERIOD_MISMATCH               | period            | 2024/25 Q4 | OF0013 | RJ1  | value       | 74
			UNKNOWN_ORGANISATION          | organisation_code | 2025/26 Q1 | OF0013 | XX9  | value       | 74
			CLOSED_ORGANISATION           | organisation_code | 2025/26 Q1 | OF0016 | RRP  | value       | 74
			ORGANISATION_NOT_ASSESSED     | organisation_code | 2025/26 Q1 | OF0013 | RQF  | value       | 74
			UNKNOWN_METRIC                | metric_id         | 2025/26 Q1 | OF9999 | RJ1  | value       | 74
			METRIC_NOT_APPLICABLE         | metric_id         | 2025/26 Q1 | OF0016 | RJ1  | value       | 74
			MALFORMED_NUMBER              | value             | 2025/26 Q1 | OF0013 | RJ1  | value       | 74,1
			MALFORMED_NUMBER              | value             | 2025/26 Q1 | OF0013 | RJ1  | value       | 74%
			OUT_OF_RANGE                  | value             | 2025/26 Q1 | OF0013 | RJ1  | value       | 100.5
			OUT_OF_RANGE                  | value             | 2025/26 Q1 | OF0013 | RJ1  | value       | -1
			UNKNOWN_CATEGORY              | category          | 2025/26 Q1 | OF0067 | RJ1  | category    | Excellent
			MISSING_VALUE                 | category          | 2025/26 Q1 | OF0067 | RJ1  | comment     | no rating
			SCORE_OUT_OF_RANGE            | score             | 2025/26 Q1 | OF0106 | RJ1  | score       | 4.5
			JUSTIFICATION_REQUIRED        | comment           | 2025/26 Q1 | OF0106 | RJ1  | score       | 2
			INVALID_STATUS                | status            | 2025/26 Q1 | OF0013 | RJ1  | status      | MISSING
			MISSING_VALUE                 | value             | 2025/26 Q1 | OF0013 | RJ1  | comment     | nothing
			MALFORMED_DATE                | reporting_date    | 2025/26 Q1 | OF0013 | RJ1  | reporting_date | 30/06/2025
			MALFORMED_DATE                | reporting_date    | 2025/26 Q1 | OF0013 | RJ1  | reporting_date | 2025-07-01
			RATIO_NOT_ACCEPTED            | numerator         | 2025/26 Q1 | OF0020 | RJ1  | numerator   | 3
			INCOMPLETE_RATIO              | denominator       | 2025/26 Q1 | OF0013 | RJ1  | numerator   | 3
			""")
	void names_row_column_value_and_rule(ValidationRule rule, String column, String period, String metric,
			String organisation, String suppliedColumn, String suppliedValue) {
		Map<SubmissionColumn, String> cells = new EnumMap<>(SubmissionColumn.class);
		cells.put(SubmissionColumn.PERIOD, period);
		cells.put(SubmissionColumn.ORGANISATION_CODE, organisation);
		cells.put(SubmissionColumn.METRIC_ID, metric);
		cells.put(SubmissionColumn.valueOf(suppliedColumn.toUpperCase()), suppliedValue);
		if (!cells.containsKey(SubmissionColumn.VALUE) && metric.equals("OF0013") && !suppliedColumn.equals("comment")
				&& !suppliedColumn.equals("numerator")) {
			cells.put(SubmissionColumn.VALUE, "74");
		}

		RowValidator.Result result = validator.validate(new RawRow(7, cells));

		assertThat(result.row()).isNull();
		assertThat(result.issues()).anySatisfy((issue) -> {
			assertThat(issue.rule()).isEqualTo(rule);
			assertThat(issue.row()).isEqualTo(7);
			assertThat(issue.column()).isEqualTo(column);
			assertThat(issue.message()).isNotBlank();
		});
	}

	@Test
	void a_zero_denominator_is_an_error() {
		RowValidator.Result result = validator
			.validate(row("OF0013", Map.of(SubmissionColumn.NUMERATOR, "0", SubmissionColumn.DENOMINATOR, "0")));

		assertThat(result.issues()).singleElement()
			.satisfies((issue) -> assertThat(issue.rule()).isEqualTo(ValidationRule.ZERO_DENOMINATOR));
	}

	@Test
	void a_numerator_above_its_denominator_is_an_error_for_a_percentage() {
		RowValidator.Result result = validator
			.validate(row("OF0013", Map.of(SubmissionColumn.NUMERATOR, "101", SubmissionColumn.DENOMINATOR, "100")));

		assertThat(result.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.rule()).isEqualTo(ValidationRule.NUMERATOR_EXCEEDS_DENOMINATOR);
			assertThat(issue.value()).isEqualTo("101");
		});
	}

	@Test
	void value_and_ratio_together_are_ambiguous() {
		RowValidator.Result result = validator.validate(row("OF0013", Map.of(SubmissionColumn.VALUE, "70",
				SubmissionColumn.NUMERATOR, "70", SubmissionColumn.DENOMINATOR, "100")));

		assertThat(result.issues()).extracting(ValidationIssue::rule).containsExactly(ValidationRule.AMBIGUOUS_VALUE);
	}

	@Test
	void a_not_submitted_row_carries_no_value() {
		RowValidator.Result valid = validator.validate(row("OF0013", Map.of(SubmissionColumn.STATUS, "NOT_SUBMITTED")));
		RowValidator.Result invalid = validator
			.validate(row("OF0013", Map.of(SubmissionColumn.STATUS, "not_applicable", SubmissionColumn.VALUE, "70")));

		assertThat(valid.row().status()).isEqualTo(ValueStatus.NOT_SUBMITTED);
		assertThat(invalid.issues()).extracting(ValidationIssue::rule)
			.containsExactly(ValidationRule.VALUE_NOT_EXPECTED);
	}

	@Test
	void a_manual_score_with_justification_and_a_known_category_are_valid() {
		assertThat(validator
			.validate(row("OF0106",
					Map.of(SubmissionColumn.SCORE, "2.50", SubmissionColumn.COMMENT, "Plan missed by 3pp")))
			.row()
			.manualScore()).isEqualByComparingTo("2.5");
		assertThat(validator.validate(row("OF0067", Map.of(SubmissionColumn.CATEGORY, "Good"))).row().category())
			.isEqualTo("Good");
	}

	@Test
	void a_category_metric_takes_a_published_score_in_place_of_its_category() {
		RowValidator.Result result = validator.validate(row("OF0067", Map.of(SubmissionColumn.SCORE, "2",
				SubmissionColumn.COMMENT, "Score published by NHS England; no value published")));

		assertThat(result.issues()).isEmpty();
		assertThat(result.row().manualScore()).isEqualByComparingTo("2");
		assertThat(result.row().category()).isNull();
	}

	@Test
	void a_score_in_place_of_a_category_needs_its_justification_and_a_valid_score() {
		assertThat(validator.validate(row("OF0067", Map.of(SubmissionColumn.SCORE, "2"))).issues())
			.extracting(ValidationIssue::rule)
			.containsExactly(ValidationRule.JUSTIFICATION_REQUIRED);
		assertThat(validator
			.validate(row("OF0067", Map.of(SubmissionColumn.SCORE, "5", SubmissionColumn.COMMENT, "published")))
			.issues()).extracting(ValidationIssue::rule).containsExactly(ValidationRule.SCORE_OUT_OF_RANGE);
	}

	@Test
	void a_category_and_a_score_together_are_ambiguous() {
		assertThat(validator.validate(row("OF0067",
				Map.of(SubmissionColumn.CATEGORY, "Good", SubmissionColumn.SCORE, "2", SubmissionColumn.COMMENT,
						"both")))
			.issues()).extracting(ValidationIssue::rule, ValidationIssue::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ValidationRule.AMBIGUOUS_VALUE, "score"));
	}

	@Test
	void reports_every_broken_rule_of_a_row_not_only_the_first() {
		RowValidator.Result result = validator
			.validate(new RawRow(3, Map.of(SubmissionColumn.PERIOD, "Q1", SubmissionColumn.ORGANISATION_CODE, "XX9",
					SubmissionColumn.METRIC_ID, "OF0013", SubmissionColumn.VALUE, "abc")));

		assertThat(result.issues()).extracting(ValidationIssue::rule)
			.containsExactlyInAnyOrder(ValidationRule.MALFORMED_PERIOD, ValidationRule.UNKNOWN_ORGANISATION,
					ValidationRule.MALFORMED_NUMBER);
	}

	@Test
	void the_header_must_name_the_required_columns() {
		assertThat(RowValidator.validateHeader(List.of(SubmissionColumn.PERIOD, SubmissionColumn.VALUE)))
			.extracting(ValidationIssue::column)
			.containsExactly("organisation_code", "metric_id");
	}

	@ParameterizedTest(name = "{0} receives deficit support: {1}")
	@CsvSource({ "1, true", "0, false" })
	void a_deficit_support_flag_is_one_or_zero_in_value(String value, boolean receives) {
		RowValidator.Result result = validator.validate(row("deficit_support",
				Map.of(SubmissionColumn.VALUE, value, SubmissionColumn.COMMENT, "Agreed with the region")));

		assertThat(result.issues()).isEmpty();
		assertThat(result.row().metricCode()).isEqualTo(DeficitSupport.METRIC_ID);
		assertThat(result.row().value().signum() != 0).isEqualTo(receives);
		assertThat(result.row().comment()).isEqualTo("Agreed with the region");
	}

	@Test
	void a_deficit_support_flag_may_say_status_value() {
		assertThat(validator
			.validate(row("DEFICIT_SUPPORT", Map.of(SubmissionColumn.VALUE, "1", SubmissionColumn.STATUS, "value")))
			.issues()).isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			INVALID_FLAG             | value          | 2
			INVALID_FLAG             | value          | yes
			INVALID_FLAG             | value          | 1.0
			INVALID_FLAG             | value          | -1
			FLAG_COLUMN_NOT_EXPECTED | numerator      | 1
			FLAG_COLUMN_NOT_EXPECTED | denominator    | 1
			FLAG_COLUMN_NOT_EXPECTED | category       | Good
			FLAG_COLUMN_NOT_EXPECTED | score          | 1
			FLAG_COLUMN_NOT_EXPECTED | status         | NOT_SUBMITTED
			FLAG_COLUMN_NOT_EXPECTED | reporting_date | 2025-06-30
			""")
	void a_bad_deficit_support_row_names_row_column_value_and_rule(ValidationRule rule, String column, String given) {
		Map<SubmissionColumn, String> cells = new EnumMap<>(SubmissionColumn.class);
		cells.put(SubmissionColumn.VALUE, "1");
		cells.put(SubmissionColumn.valueOf(column.toUpperCase()), given);

		RowValidator.Result result = validator.validate(row("DEFICIT_SUPPORT", cells));

		assertThat(result.row()).isNull();
		assertThat(result.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.rule()).isEqualTo(rule);
			assertThat(issue.row()).isEqualTo(2);
			assertThat(issue.column()).isEqualTo(column);
			assertThat(issue.value()).isEqualTo(given);
			assertThat(issue.message()).contains("DEFICIT_SUPPORT", "1", "0");
		});
	}

	@Test
	void a_deficit_support_row_without_a_value_is_missing_its_value() {
		RowValidator.Result result = validator.validate(row("DEFICIT_SUPPORT", Map.of()));

		assertThat(result.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.rule()).isEqualTo(ValidationRule.MISSING_VALUE);
			assertThat(issue.column()).isEqualTo("value");
			assertThat(issue.message()).contains("write 1 if RJ1 receives deficit support in 2025/26 Q1");
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			UNKNOWN_ORGANISATION      | XX9 | 2025/26 Q1
			CLOSED_ORGANISATION       | RRP | 2025/26 Q1
			ORGANISATION_NOT_ASSESSED | RQF | 2025/26 Q1
			PERIOD_MISMATCH           | RJ1 | 2025/26 Q2
			""")
	void a_deficit_support_flag_is_for_a_known_open_assessed_organisation_of_the_period(ValidationRule rule,
			String organisation, String period) {
		RowValidator.Result result = validator
			.validate(new RawRow(5, Map.of(SubmissionColumn.PERIOD, period, SubmissionColumn.ORGANISATION_CODE,
					organisation, SubmissionColumn.METRIC_ID, "DEFICIT_SUPPORT", SubmissionColumn.VALUE, "1")));

		assertThat(result.row()).isNull();
		assertThat(result.issues()).extracting(ValidationIssue::rule).containsExactly(rule);
		assertThat(result.issues().getFirst().row()).isEqualTo(5);
	}

	@Test
	void a_submitter_tied_to_a_trust_flags_only_that_trust() {
		RowValidator restricted = new RowValidator(new ValidationContext("2025/26 Q1", LocalDate.of(2025, 4, 1),
				LocalDate.of(2025, 6, 30), Map.of("RJ1", new OrganisationFacts("RJ1", League.ACUTE, null, null), "RRK",
						new OrganisationFacts("RRK", League.ACUTE, null, null)),
				Map.of(), "RJ1"));

		assertThat(restricted.validate(row("DEFICIT_SUPPORT", Map.of(SubmissionColumn.VALUE, "1"))).issues()).isEmpty();
		assertThat(
				restricted
					.validate(new RawRow(3,
							Map.of(SubmissionColumn.PERIOD, "2025/26 Q1", SubmissionColumn.ORGANISATION_CODE, "RRK",
									SubmissionColumn.METRIC_ID, "DEFICIT_SUPPORT", SubmissionColumn.VALUE, "1")))
					.issues())
			.extracting(ValidationIssue::rule)
			.containsExactly(ValidationRule.ORGANISATION_NOT_PERMITTED);
	}

	@Test
	void every_broken_rule_of_a_deficit_support_row_is_reported() {
		RowValidator.Result result = validator.validate(new RawRow(4,
				Map.of(SubmissionColumn.PERIOD, "2025/26 Q1", SubmissionColumn.ORGANISATION_CODE, "XX9",
						SubmissionColumn.METRIC_ID, "DEFICIT_SUPPORT", SubmissionColumn.VALUE, "true",
						SubmissionColumn.CATEGORY, "In deficit")));

		assertThat(result.issues()).extracting(ValidationIssue::rule)
			.containsExactlyInAnyOrder(ValidationRule.UNKNOWN_ORGANISATION, ValidationRule.FLAG_COLUMN_NOT_EXPECTED,
					ValidationRule.INVALID_FLAG);
	}

	private static RawRow row(String metric, Map<SubmissionColumn, String> values) {
		Map<SubmissionColumn, String> cells = new EnumMap<>(SubmissionColumn.class);
		cells.put(SubmissionColumn.PERIOD, "2025/26 Q1");
		cells.put(SubmissionColumn.ORGANISATION_CODE, "RJ1");
		cells.put(SubmissionColumn.METRIC_ID, metric);
		cells.putAll(values);
		return new RawRow(2, cells);
	}

}
