/**
 * JMH benchmarks of the scoring engine on a full quarter and on a synthetic 10,000 × 50
 * league, with the generated inputs they run on. Compiled only with the Maven profile
 * {@code bench}.
 */
@NullMarked
package uk.nhs.leaguetables.scoring.bench;

import org.jspecify.annotations.NullMarked;
