package uk.nhs.leaguetables.submission;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * Publishes the number of submissions in each status as the gauge
 * {@code league_tables_submissions{status="VALIDATED|ACCEPTED|REJECTED"}}, read from the
 * database at each scrape: the figures survive restarts and agree across instances.
 */
@Component
class SubmissionMetrics implements MeterBinder {

	private final SubmissionRepository submissions;

	SubmissionMetrics(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (SubmissionStatus status : SubmissionStatus.values()) {
			Gauge
				.builder("league_tables.submissions", submissions,
						(repository) -> repository.countByStatus().getOrDefault(status, 0))
				.description("Submissions stored, by status")
				.tag("status", status.name())
				.register(registry);
		}
	}

}
