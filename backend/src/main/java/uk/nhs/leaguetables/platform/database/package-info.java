/**
 * Where the PostgreSQL database comes from: the configured server, or else an embedded
 * one kept under the user's home.
 */
@NullMarked
package uk.nhs.leaguetables.platform.database;

import org.jspecify.annotations.NullMarked;
