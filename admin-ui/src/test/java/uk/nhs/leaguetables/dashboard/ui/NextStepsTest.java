package uk.nhs.leaguetables.dashboard.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.leaguetable.DraftTable;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.progress.LeagueProgress;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard asks of each role. */
class NextStepsTest {

	private static final DraftTable DRAFT = new DraftTable("2025/26 Q1", League.ACUTE, 7, "NOF-2025/26", "priya",
			OffsetDateTime.now(), "a".repeat(64), "b".repeat(64));

	@Test
	void an_approver_is_asked_to_publish_someone_elses_draft_but_not_their_own() {
		LeagueProgress calculated = quarter(PeriodStatus.CALCULATED, 133, 0, DRAFT);

		assertThat(NextSteps.of(calculated, Set.of("APPROVER"), "adam")).extracting(NextSteps.Step::text)
			.containsExactly("Review and publish the draft prepared by priya");
		assertThat(NextSteps.of(calculated, Set.of("APPROVER"), "priya")).extracting(NextSteps.Step::text)
			.containsExactly("You prepared this draft: another approver must approve it");
	}

	@Test
	void a_preparer_of_an_open_quarter_decides_waiting_submissions_and_chases_missing_data() {
		LeagueProgress open = quarter(PeriodStatus.OPEN, 120, 2, null);

		assertThat(NextSteps.of(open, Set.of("PREPARER"), "priya")).extracting(NextSteps.Step::text)
			.containsExactly("Accept or reject 2 waiting submissions",
					"Upload the data of 13 organisations without accepted values", "Lock the data when it is complete");
	}

	@Test
	void an_auditor_is_only_pointed_to_the_quarters_audit_trail() {
		LeagueProgress locked = quarter(PeriodStatus.DATA_LOCKED, 133, 0, null);

		assertThat(NextSteps.of(locked, Set.of("AUDITOR"), "ann")).extracting(NextSteps.Step::location)
			.containsExactly("audit?period=2025%2F26%20Q1");
	}

	private static LeagueProgress quarter(PeriodStatus status, int withData, int waiting, @Nullable DraftTable draft) {
		return new LeagueProgress("2025/26 Q1", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), League.ACUTE,
				status, OffsetDateTime.now(), "priya", 133, withData, waiting, null, draft);
	}

}
