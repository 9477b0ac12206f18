package uk.nhs.leaguetables.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.platform.digest.Sha256;

/**
 * Verifies an audit log fed to it entry by entry in chain order, from the database or
 * from an exported file: each hash recomputed from the entry's content exactly as the
 * database's chaining trigger computes it ({@code audit_event_canonical}), the links and
 * numbering, each seal against the key that made it, and each checkpoint's head and MAC.
 * It stops at the first failure. Plain Java, so that the offline verifier needs no
 * database.
 */
final class AuditChainVerifier {

	/** The "previous hash" of the first entry. */
	private static final String GENESIS = "0".repeat(64);

	private final @Nullable AuditKeys keys;

	private final long firstKeyedEventId;

	private final Map<Long, List<AuditCheckpoint>> checkpointsByHead = new HashMap<>();

	private final int checkpointCount;

	private String expectedPrevious = GENESIS;

	private long expectedId = 1;

	private long checked;

	private long sealed;

	private long unsealedBeforeKeying;

	private @Nullable AuditChainVerification failure;

	/**
	 * @param keys the audit keys, or null to check hashes and checkpoint heads only
	 * @param firstKeyedEventId the first entry that must be sealed
	 * @param checkpoints the checkpoints to compare with the log
	 */
	AuditChainVerifier(@Nullable AuditKeys keys, long firstKeyedEventId, Collection<AuditCheckpoint> checkpoints) {
		this.keys = keys;
		this.firstKeyedEventId = firstKeyedEventId;
		this.checkpointCount = checkpoints.size();
		for (AuditCheckpoint checkpoint : checkpoints) {
			if (failure == null) {
				checkMac(checkpoint);
			}
			checkpointsByHead.computeIfAbsent(checkpoint.headEventId(), (head) -> new ArrayList<>()).add(checkpoint);
		}
	}

	/**
	 * Checks the next entry of the log.
	 * @return false once the log is broken: further entries need not be read
	 */
	boolean accept(AuditEvent event, @Nullable AuditSeal seal) {
		if (failure != null) {
			return false;
		}
		long id = event.id();
		checked++;
		if (id != expectedId) {
			return fail(expectedId, "entry " + expectedId + " is missing (the next is " + id + ")");
		}
		if (!event.previousHash().equals(expectedPrevious)) {
			return fail(id, "it does not link to the hash of entry " + (id - 1));
		}
		if (!event.hash().equals(hash(event))) {
			return fail(id, "its content no longer matches its hash");
		}
		if (seal != null) {
			sealed++;
			if (keys != null && !keys.knows(seal.keyId())) {
				return fail(id, "it is sealed with key '" + seal.keyId() + "', which is not configured (known: "
						+ keys.keyIds() + ")");
			}
			if (keys != null && !keys.sealMac(seal.keyId(), id, event.hash()).equals(seal.mac())) {
				return fail(id, "its seal (key '" + seal.keyId()
						+ "') does not match its hash: the entry or its seal was rewritten");
			}
		}
		else if (id >= firstKeyedEventId) {
			return fail(id, "it has no seal, but every entry from " + firstKeyedEventId + " on must be sealed");
		}
		else {
			unsealedBeforeKeying++;
		}
		for (AuditCheckpoint checkpoint : checkpointsByHead.getOrDefault(id, List.of())) {
			if (!checkpoint.headHash().equals(event.hash())) {
				return fail(id, checkpoint.describe() + " recorded its hash as " + checkpoint.headHash()
						+ "; the log now has " + event.hash());
			}
			if (checkpoint.firstKeyedEventId() != firstKeyedEventId) {
				return fail(id, checkpoint.describe() + " recorded that keying began at entry "
						+ checkpoint.firstKeyedEventId() + "; the log now says " + firstKeyedEventId);
			}
		}
		expectedPrevious = event.hash();
		expectedId++;
		return true;
	}

	/** The verdict, once every entry has been accepted. */
	AuditChainVerification result() {
		if (failure != null) {
			return failure;
		}
		long last = expectedId - 1;
		for (var heads : checkpointsByHead.entrySet()) {
			if (heads.getKey() > last) {
				AuditCheckpoint checkpoint = heads.getValue().getFirst();
				fail(heads.getKey(), checkpoint.describe() + " recorded it as the head of the log, but the log ends at "
						+ "entry " + last + ": entries were removed");
				return failure;
			}
		}
		return new AuditChainVerification(checked, true, null, null, sealed, unsealedBeforeKeying, checkpointCount,
				keys != null);
	}

	private void checkMac(AuditCheckpoint checkpoint) {
		if (keys == null) {
			return;
		}
		if (!keys.knows(checkpoint.keyId())) {
			failure = broken(null, checkpoint.describe() + " is MACed with key '" + checkpoint.keyId()
					+ "', which is not configured (known: " + keys.keyIds() + ")");
		}
		else if (!keys
			.checkpointMac(checkpoint.keyId(), checkpoint.headEventId(), checkpoint.headHash(),
					checkpoint.firstKeyedEventId(), checkpoint.createdAt())
			.equals(checkpoint.mac())) {
			failure = broken(null, checkpoint.describe() + ": its MAC (key '" + checkpoint.keyId()
					+ "') does not match its content: the checkpoint was altered");
		}
	}

	private boolean fail(long entry, String problem) {
		failure = broken(entry, "Entry " + entry + ": " + problem);
		return false;
	}

	private AuditChainVerification broken(@Nullable Long entry, String problem) {
		return new AuditChainVerification(checked, false, entry, problem, sealed, unsealedBeforeKeying, checkpointCount,
				keys != null);
	}

	/**
	 * The SHA-256 of the canonical text of {@code audit_event_canonical} (V3): the fields
	 * joined by {@code |}, missing ones empty, the time in UTC to the microsecond.
	 */
	static String hash(AuditEvent event) {
		String canonical = String.join("|", String.valueOf(event.id()), AuditKeys.TIME.format(event.occurredAt()),
				event.actor(), event.action(), text(event.entityType()), text(event.entityId()),
				text(event.periodCode()), text(event.league()), text(event.organisationCode()),
				text(event.beforeState()), text(event.afterState()), text(event.reason()), event.previousHash());
		return Sha256.hex(canonical);
	}

	private static String text(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
