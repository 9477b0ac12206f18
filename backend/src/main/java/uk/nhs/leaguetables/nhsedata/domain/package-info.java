/**
 * The trust data layout and its rules, in plain Java: which columns a file has, how each
 * row is checked, and which rows enter the submission pipeline.
 */
@NullMarked
package uk.nhs.leaguetables.nhsedata.domain;

import org.jspecify.annotations.NullMarked;
