package uk.nhs.leaguetables.submission;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import uk.nhs.leaguetables.testsupport.TestDatabase;

import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.SUBMISSION;

/**
 * Loads a generated 1,000,000-row CSV through the whole submission pipeline (spool,
 * checksum, parse, validate, COPY, set-based rules) and prints rows per second and peak
 * heap. Run it with the heap capped at 512 MB:
 * {@code ./mvnw -Pbenchmark -pl backend -am verify -Dtest=SubmissionLoadBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@WithMockUser(username = "preparer", roles = { "PREPARER", "SUBMITTER" })
class SubmissionLoadBenchmark {

	private static final int ROWS = 1_000_000;

	@Autowired
	SubmissionService submissions;

	@Autowired
	DSLContext dsl;

	@Test
	void load_one_million_rows() throws IOException {
		Path file = generate();
		resetPeakHeap();
		long start = System.nanoTime();
		SubmissionReport report;
		try (InputStream in = Files.newInputStream(file)) {
			report = submissions.submit(new SubmissionRequest("2025/26 Q3", SubmissionSource.UPLOAD,
					SubmissionFormat.CSV, "benchmark.csv", null), in);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(
				"%nSubmission load benchmark: %,d rows (%,d bytes) in %.1f s = %,.0f rows/s; "
						+ "peak heap %,d MB (max heap %,d MB); errors %,d, warnings %,d%n%n",
				report.rowCount(), Files.size(file), seconds, report.rowCount() / seconds,
				peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), report.errorCount(),
				report.warningCount());
		// the service never deletes submissions: clean up as the owner
		TestDatabase.owner().deleteFrom(SUBMISSION).where(SUBMISSION.ID.eq(report.submissionId())).execute();
		Files.delete(file);
	}

	/**
	 * Every acute trust and metric pair in turn, so that the rows are valid and the
	 * duplicate rule works hard.
	 */
	private Path generate() throws IOException {
		List<String> trusts = dsl.select(ORGANISATION.CODE)
			.from(ORGANISATION)
			.where(ORGANISATION.LEAGUE.eq(uk.nhs.leaguetables.db.enums.League.ACUTE))
			.fetch(ORGANISATION.CODE);
		Path file = Files.createTempFile("submission-benchmark-", ".csv");
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write("period,organisation_code,metric_id,value,numerator,denominator,comment\n");
			for (int row = 0; row < ROWS; row++) {
				writer.write("2025/26 Q3," + trusts.get(row % trusts.size()) + ",OF0013,," + (row % 997) + ",1000,"
						+ "generated row " + row + "\n");
			}
		}
		return file;
	}

	private static void resetPeakHeap() {
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapBytes() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
