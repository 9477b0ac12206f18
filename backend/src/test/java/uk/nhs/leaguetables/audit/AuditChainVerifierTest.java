package uk.nhs.leaguetables.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entries written before keying began are reported as unsealed, not as broken; from there
 * on, a missing seal breaks the log.
 */
class AuditChainVerifierTest {

	private final AuditKeys keys = new AuditKeys(Map.of("k1", "k".repeat(32).getBytes()), "k1");

	@Test
	void entries_before_keying_are_reported_unsealed_and_the_log_intact() {
		List<AuditEvent> log = chain(3);
		AuditChainVerifier verifier = new AuditChainVerifier(keys, 3, List.of());

		verifier.accept(log.get(0), null);
		verifier.accept(log.get(1), null);
		verifier.accept(log.get(2), seal(log.get(2)));

		AuditChainVerification verification = verifier.result();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.unsealedBeforeKeying()).isEqualTo(2);
		assertThat(verification.sealedEntries()).isEqualTo(1);
		assertThat(verification.summary()).contains("2 unsealed (before keying)");
	}

	@Test
	void an_unsealed_entry_after_keying_began_breaks_the_log() {
		List<AuditEvent> log = chain(3);
		AuditChainVerifier verifier = new AuditChainVerifier(keys, 2, List.of());

		verifier.accept(log.get(0), null);
		verifier.accept(log.get(1), seal(log.get(1)));
		verifier.accept(log.get(2), null);

		AuditChainVerification verification = verifier.result();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(3);
		assertThat(verification.problem())
			.isEqualTo("Entry 3: it has no seal, but every entry from 2 on must be sealed");
	}

	private AuditSeal seal(AuditEvent event) {
		return new AuditSeal("k1", keys.sealMac("k1", event.id(), event.hash()));
	}

	/**
	 * A consistent chain of {@code length} entries, hashed as the database hashes them.
	 */
	private static List<AuditEvent> chain(int length) {
		List<AuditEvent> events = new ArrayList<>();
		String previous = "0".repeat(64);
		for (long id = 1; id <= length; id++) {
			AuditEvent unhashed = new AuditEvent(id,
					OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 123_456_000, ZoneOffset.UTC), "tester", "TEST_EVENT", null,
					null, null, null, null, null, "{\"n\": " + id + "}", null, previous, "");
			String hash = AuditChainVerifier.hash(unhashed);
			events.add(new AuditEvent(id, unhashed.occurredAt(), "tester", "TEST_EVENT", null, null, null, null, null,
					null, unhashed.afterState(), null, previous, hash));
			previous = hash;
		}
		return events;
	}

}
