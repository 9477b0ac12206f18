package uk.nhs.leaguetables.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying the audit log: its hash chain, the seals of its entries and the
 * checkpoints of its head.
 *
 * @param entriesChecked how many entries were recomputed
 * @param intact whether every entry's hash matches its content and links to its
 * predecessor with no gap in the numbering, every entry from where keying began carries a
 * valid seal of a known key, and every checkpoint's head is in the log unchanged
 * @param firstBrokenEntry the first entry that fails, or null when the log is intact (or
 * when the failure is not an entry's)
 * @param problem what is wrong, or null when the log is intact
 * @param sealedEntries how many entries carry a seal (verified when keys were at hand)
 * @param unsealedBeforeKeying how many entries predate keying and carry no seal
 * @param checkpointsChecked how many checkpoints were compared with the log
 * @param keysChecked whether seals and MACs were verified (the offline verifier without a
 * key file checks the hashes and checkpoint heads only)
 */
public record AuditChainVerification(long entriesChecked, boolean intact, @Nullable Long firstBrokenEntry,
		@Nullable String problem, long sealedEntries, long unsealedBeforeKeying, int checkpointsChecked,
		boolean keysChecked) {

	/** One line for people: the outcome and the counts. */
	public String summary() {
		if (!intact) {
			return "Audit log BROKEN after %,d entries: %s".formatted(entriesChecked, problem);
		}
		return "Audit log intact: %,d entries recomputed and linked, %,d sealed%s, %,d unsealed (before keying); %d checkpoint%s match."
			.formatted(entriesChecked, sealedEntries, keysChecked ? " and verified" : " (seals NOT verified: no key)",
					unsealedBeforeKeying, checkpointsChecked, (checkpointsChecked == 1) ? "" : "s");
	}

}
