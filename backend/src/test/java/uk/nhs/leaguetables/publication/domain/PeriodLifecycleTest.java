package uk.nhs.leaguetables.publication.domain;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodLifecycleTest {

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@CsvSource(textBlock = """
			OPEN,        LOCK_DATA, DATA_LOCKED
			DATA_LOCKED, CALCULATE, CALCULATED
			CALCULATED,  CALCULATE, CALCULATED
			CALCULATED,  APPROVE,   APPROVED
			APPROVED,    PUBLISH,   PUBLISHED
			DATA_LOCKED, REOPEN,    OPEN
			CALCULATED,  REOPEN,    OPEN
			APPROVED,    REOPEN,    OPEN
			PUBLISHED,   REOPEN,    OPEN
			CALCULATED,  RECORD_SEGMENT_DECISION, DATA_LOCKED
			""")
	void allowed_steps(PeriodStatus from, PeriodAction action, PeriodStatus to) {
		assertThat(PeriodLifecycle.next(from, action)).isEqualTo(to);
	}

	@Test
	void every_other_step_is_forbidden_with_a_reason() {
		Set<String> allowed = Set.of("OPEN/LOCK_DATA", "DATA_LOCKED/CALCULATE", "CALCULATED/CALCULATE",
				"CALCULATED/APPROVE", "APPROVED/PUBLISH", "DATA_LOCKED/REOPEN", "CALCULATED/REOPEN", "APPROVED/REOPEN",
				"PUBLISHED/REOPEN", "CALCULATED/RECORD_SEGMENT_DECISION");
		int forbidden = 0;
		for (PeriodStatus from : EnumSet.allOf(PeriodStatus.class)) {
			for (PeriodAction action : EnumSet.allOf(PeriodAction.class)) {
				if (!allowed.contains(from + "/" + action)) {
					forbidden++;
					assertThatThrownBy(() -> PeriodLifecycle.next(from, action))
						.isInstanceOf(IllegalTransitionException.class)
						.hasMessageStartingWith("Cannot ");
				}
			}
		}
		assertThat(forbidden).isEqualTo(20);
	}

	@Test
	void publishing_straight_from_a_draft_is_forbidden() {
		assertThatThrownBy(() -> PeriodLifecycle.next(PeriodStatus.CALCULATED, PeriodAction.PUBLISH))
			.hasMessage("Cannot publish a table that is calculated: only an approved table can be published");
	}

}
