/**
 * Who may do what: users and their roles, API tokens for trusts' systems, password
 * hashing, and the security filter chain of the API. Authorisation itself lives in the
 * services ({@code @PreAuthorize}), never only in a UI.
 */
@NullMarked
package uk.nhs.leaguetables.security;

import org.jspecify.annotations.NullMarked;
