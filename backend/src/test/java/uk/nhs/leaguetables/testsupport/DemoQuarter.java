package uk.nhs.leaguetables.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;
import uk.nhs.leaguetables.submission.SubmissionRequest;
import uk.nhs.leaguetables.submission.SubmissionService;
import uk.nhs.leaguetables.submission.SubmissionSource;

/**
 * A quarter of the committed demo submissions moved into another period, so that a test
 * has a full, realistic league of accepted values in a period no other test uses. A
 * submitter sends it; the caller, signed in as a preparer, accepts it.
 */
public final class DemoQuarter {

	private DemoQuarter() {
	}

	/**
	 * Submits and accepts the demo file of {@code demoPeriod} (e.g. {@code 2025/26 Q1})
	 * as data of {@code period}, leaving out the rows of the given organisations (e.g. a
	 * trust that did not exist yet).
	 */
	public static SubmissionReport acceptAs(SubmissionService submissions, String demoPeriod, String period,
			String... leftOut) {
		String demoFile = "db/seed/demo/submission-" + demoPeriod.replace('/', '-').replace(' ', '-') + ".csv";
		String content = read(demoFile).replace(demoPeriod + ",", period + ",")
			.lines()
			.filter((line) -> java.util.Arrays.stream(leftOut).noneMatch((code) -> line.contains("," + code + ",")))
			.collect(Collectors.joining("\n", "", "\n"));
		SubmissionReport report = SystemActor.callAs("demo-quarter-submitter", Role.SUBMITTER,
				() -> submissions.submit(
						new SubmissionRequest(period, SubmissionSource.UPLOAD, SubmissionFormat.CSV, demoFile, null),
						new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
		if (report.errorCount() > 0) {
			throw new IllegalStateException("The demo quarter has errors in " + period + ": " + report.issues());
		}
		return submissions.accept(report.submissionId(), true);
	}

	private static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
