package uk.nhs.leaguetables.platform.graphql;

/**
 * A problem that stopped a mutation, reported in its payload (schema type
 * {@code UserError}).
 *
 * @param message what went wrong and how to put it right
 * @param code a stable code for programs
 */
public record UserError(String message, String code) {
}
