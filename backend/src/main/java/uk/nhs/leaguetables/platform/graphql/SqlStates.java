package uk.nhs.leaguetables.platform.graphql;

import java.sql.SQLException;
import java.util.function.Predicate;

/** What PostgreSQL said about a failure, found anywhere in an exception's causes. */
final class SqlStates {

	private SqlStates() {
	}

	/** Whether an {@link SQLException} among the causes has a SQL state that matches. */
	static boolean anyCauseHas(Throwable ex, Predicate<String> sqlState) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sqlState.test(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
