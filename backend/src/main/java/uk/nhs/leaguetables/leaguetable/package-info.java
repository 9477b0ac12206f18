/**
 * The published league tables as clients read them: rows with rank, segment, score,
 * likely ranges, movement and explanations, and each organisation's metric scores.
 */
@NullMarked
package uk.nhs.leaguetables.leaguetable;

import org.jspecify.annotations.NullMarked;
