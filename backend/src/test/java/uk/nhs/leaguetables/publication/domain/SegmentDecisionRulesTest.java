package uk.nhs.leaguetables.publication.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentDecisionRulesTest {

	private static final String JUSTIFICATION = "Agreed at the regional support group, 12 May";

	@Test
	void recovery_support_is_segment_five_whether_or_not_it_is_given() {
		assertThat(SegmentDecisionRules.segmentOf(SegmentDecisionKind.RECOVERY_SUPPORT, null, JUSTIFICATION))
			.isEqualTo(5);
		assertThat(SegmentDecisionRules.segmentOf(SegmentDecisionKind.RECOVERY_SUPPORT, 5, JUSTIFICATION)).isEqualTo(5);
	}

	@Test
	void recovery_support_in_another_segment_is_refused() {
		assertThatThrownBy(() -> SegmentDecisionRules.segmentOf(SegmentDecisionKind.RECOVERY_SUPPORT, 3, JUSTIFICATION))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("segment 5, not segment 3");
	}

	@Test
	void a_manual_override_names_a_segment_from_one_to_four() {
		assertThat(SegmentDecisionRules.segmentOf(SegmentDecisionKind.MANUAL_OVERRIDE, 2, JUSTIFICATION)).isEqualTo(2);
		for (Integer wrong : new Integer[] { null, 0, 5, 6 }) {
			assertThatThrownBy(
					() -> SegmentDecisionRules.segmentOf(SegmentDecisionKind.MANUAL_OVERRIDE, wrong, JUSTIFICATION))
				.as("segment %s", wrong)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("segment 1, 2, 3 or 4");
		}
	}

	@Test
	void a_decision_without_a_real_justification_is_refused() {
		for (String justification : new String[] { null, "", "   ", "too short" }) {
			assertThatThrownBy(
					() -> SegmentDecisionRules.segmentOf(SegmentDecisionKind.MANUAL_OVERRIDE, 2, justification))
				.as("justification '%s'", justification)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("justification of at least 10 characters");
		}
	}

	@ParameterizedTest
	@EnumSource(value = PeriodStatus.class, names = { "OPEN", "DATA_LOCKED", "CALCULATED" })
	void decisions_are_taken_until_the_table_is_approved(PeriodStatus status) {
		assertThatCode(() -> SegmentDecisionRules.requireUndecidedTable(status)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(value = PeriodStatus.class, names = { "APPROVED", "PUBLISHED" })
	void a_published_table_is_reopened_before_a_decision(PeriodStatus status) {
		assertThatThrownBy(() -> SegmentDecisionRules.requireUndecidedTable(status))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("reopen it for a correction first");
	}

}
