package uk.nhs.leaguetables.leaguetable.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportPeriodTest {

	@Test
	void the_url_form_reads_as_the_period_code_and_as_nhs_englands_quarter() {
		ExportPeriod period = ExportPeriod.parse("2024-25-Q4");

		assertThat(period.code()).isEqualTo("2024/25 Q4");
		assertThat(period.urlForm()).isEqualTo("2024-25-Q4");
		assertThat(period.nhsEnglandQuarter()).isEqualTo("Q4 2024/25");
		assertThat(period.lastMonth()).hasToString("2025-03");
		assertThat(ExportPeriod.parse("2099-00-Q1").code()).isEqualTo("2099/00 Q1");
	}

	@Test
	void anything_else_is_refused_with_the_expected_form() {
		assertThatExceptionOfType(BadExportRequestException.class).isThrownBy(() -> ExportPeriod.parse("2024/25 Q4"))
			.withMessageContaining("written like 2024-25-Q4");
		assertThatExceptionOfType(BadExportRequestException.class).isThrownBy(() -> ExportPeriod.parse("2024-25-Q5"));
		assertThatExceptionOfType(BadExportRequestException.class).isThrownBy(() -> ExportPeriod.parse("2024-26-Q1"))
			.withMessageContaining("2024-25");
	}

	@Test
	void reporting_dates_follow_the_metric_basis() {
		ExportPeriod q2 = ExportPeriod.parse("2025-26-Q2");

		assertThat(NhsEnglandLabels.reportingDate("LATEST_MONTH", q2)).isEqualTo("Sep-25");
		assertThat(NhsEnglandLabels.reportingDate("PREVIOUS_QUARTER", q2)).isEqualTo("Jun-25");
		assertThat(NhsEnglandLabels.reportingDate("ANNUAL", q2)).isEqualTo("2025/26");
	}

}
