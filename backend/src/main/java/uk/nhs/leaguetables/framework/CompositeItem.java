package uk.nhs.leaguetables.framework;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.rules.ItemCombination;

/**
 * A scored item that combines several metrics' scores into one, counted once in the
 * average (methodology section 3, composites), e.g. combined finance OF1080.
 *
 * @param domain the domain literal, e.g. {@code FINANCE_AND_PRODUCTIVITY}
 */
public record CompositeItem(String code, String name, String domain, @Nullable String subDomain,
		ItemCombination combination) {
}
