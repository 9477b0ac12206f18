package uk.nhs.leaguetables.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.domain.PeriodStatus;

/**
 * What NHS England staff and auditors see of the quarters' progress: drafts included, so
 * only signed-in staff may ask.
 */
@Service
@PreAuthorize("hasAnyRole('SUBMITTER', 'PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
@Transactional(readOnly = true)
public class ProgressService {

	private final ProgressRepository progress;

	ProgressService(ProgressRepository progress) {
		this.progress = progress;
	}

	/** Each league's current quarter (see {@link #current}), in league order. */
	public List<LeagueProgress> currentQuarters(LocalDate today) {
		Map<League, List<LeagueProgress>> byLeague = progress.all()
			.stream()
			.collect(Collectors.groupingBy(LeagueProgress::league));
		return byLeague.values()
			.stream()
			.map((quarters) -> current(quarters, today))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(LeagueProgress::league))
			.toList();
	}

	/** Every quarter of one league, oldest first. */
	public List<LeagueProgress> quarters(League league) {
		return progress.all().stream().filter((quarter) -> quarter.league() == league).toList();
	}

	public List<String> organisationsWithoutData(String periodCode, League league) {
		return progress.organisationsWithoutData(periodCode, league);
	}

	/**
	 * The quarter staff are working on: the oldest one that has started and is not
	 * published yet; otherwise the first quarter after the latest publication that has
	 * ended (its data is due); otherwise the latest published one.
	 */
	static Optional<LeagueProgress> current(List<LeagueProgress> quarters, LocalDate today) {
		List<LeagueProgress> oldestFirst = quarters.stream()
			.sorted(Comparator.comparing(LeagueProgress::startDate))
			.toList();
		Optional<LeagueProgress> inProgress = oldestFirst.stream()
			.filter((quarter) -> quarter.started() && quarter.status() != PeriodStatus.PUBLISHED)
			.findFirst();
		if (inProgress.isPresent()) {
			return inProgress;
		}
		Optional<LeagueProgress> latestPublished = oldestFirst.reversed()
			.stream()
			.filter((quarter) -> quarter.status() == PeriodStatus.PUBLISHED)
			.findFirst();
		LocalDate after = latestPublished.map(LeagueProgress::endDate).orElse(LocalDate.MIN);
		Optional<LeagueProgress> due = oldestFirst.stream()
			.filter((quarter) -> quarter.startDate().isAfter(after) && quarter.endDate().isBefore(today))
			.findFirst();
		return due.or(() -> latestPublished).or(() -> oldestFirst.stream().findFirst());
	}

}
