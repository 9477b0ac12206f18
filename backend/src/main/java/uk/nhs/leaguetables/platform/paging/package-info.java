/**
 * Keyset pagination shared by the Relay connections: opaque cursors and page requests.
 */
@NullMarked
package uk.nhs.leaguetables.platform.paging;

import org.jspecify.annotations.NullMarked;
