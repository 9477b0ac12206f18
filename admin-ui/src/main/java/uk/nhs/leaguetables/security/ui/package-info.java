/**
 * Console views of accounts: administrators' users, role proposals and API tokens, the
 * anonymous activation of a new account, and changing one's own password.
 */
@NullMarked
package uk.nhs.leaguetables.security.ui;

import org.jspecify.annotations.NullMarked;
