package uk.nhs.leaguetables.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Which quarter of a league the dashboard calls current. */
class ProgressServiceTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 11, 27);

	@Test
	void the_oldest_started_unpublished_quarter_is_current() {
		List<LeagueProgress> quarters = List.of(quarter("2025/26 Q1", PeriodStatus.PUBLISHED, 0),
				quarter("2025/26 Q2", PeriodStatus.CALCULATED, 0), quarter("2025/26 Q3", PeriodStatus.OPEN, 5));

		assertThat(ProgressService.current(quarters, TODAY)).map(LeagueProgress::periodCode).contains("2025/26 Q2");
	}

	@Test
	void without_work_in_progress_the_first_ended_quarter_after_the_latest_publication_is_due() {
		List<LeagueProgress> quarters = List.of(quarter("2025/26 Q1", PeriodStatus.PUBLISHED, 0),
				quarter("2025/26 Q2", PeriodStatus.OPEN, 0), quarter("2025/26 Q3", PeriodStatus.OPEN, 0));

		assertThat(ProgressService.current(quarters, TODAY)).map(LeagueProgress::periodCode).contains("2025/26 Q2");
	}

	@Test
	void when_nothing_is_due_the_latest_publication_is_current() {
		List<LeagueProgress> quarters = List.of(quarter("2025/26 Q1", PeriodStatus.PUBLISHED, 0),
				quarter("2025/26 Q2", PeriodStatus.PUBLISHED, 0), quarter("2025/26 Q3", PeriodStatus.OPEN, 0));

		assertThat(ProgressService.current(quarters, TODAY)).map(LeagueProgress::periodCode).contains("2025/26 Q2");
	}

	private static LeagueProgress quarter(String code, PeriodStatus status, int organisationsWithData) {
		int quarter = Integer.parseInt(code.substring(code.length() - 1));
		LocalDate start = LocalDate.of(Integer.parseInt(code.substring(0, 4)), 4, 1).plusMonths(3L * (quarter - 1));
		return new LeagueProgress(code, start, start.plusMonths(3).minusDays(1), League.ACUTE, status,
				OffsetDateTime.now(), null, 130, organisationsWithData, 0, null, null);
	}

}
