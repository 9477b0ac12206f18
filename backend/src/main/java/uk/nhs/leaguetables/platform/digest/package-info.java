/**
 * Digests shared by the features: the SHA-256 of a text, as stored for tokens, tables and
 * trusted documents.
 */
@NullMarked
package uk.nhs.leaguetables.platform.digest;

import org.jspecify.annotations.NullMarked;
