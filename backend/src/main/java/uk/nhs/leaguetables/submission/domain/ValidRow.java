package uk.nhs.leaguetables.submission.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A row that passed every row-level rule, normalised: the value is computed from
 * numerator and denominator where those were given.
 */
public record ValidRow(int rowNumber, String organisationCode, String metricCode, ValueStatus status,
		@Nullable BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
		@Nullable String category, @Nullable BigDecimal manualScore, @Nullable LocalDate reportingDate,
		@Nullable String comment) {
}
