package uk.nhs.leaguetables.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the audit log's hash chain.
 *
 * @param entriesChecked how many entries were recomputed
 * @param intact whether every entry's hash matches its content and links to its
 * predecessor, with no gap in the numbering
 * @param firstBrokenEntry the first entry that does not, or null when the chain is intact
 * @param problem what is wrong with that entry
 */
public record AuditChainVerification(long entriesChecked, boolean intact, @Nullable Long firstBrokenEntry,
		@Nullable String problem) {
}
