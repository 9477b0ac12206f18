package uk.nhs.leaguetables.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements jOOQ executes, so that a test can prove a query is answered
 * in a constant number of statements however many rows it returns (no N+1).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

	private final AtomicInteger statements = new AtomicInteger();

	@Bean
	DefaultExecuteListenerProvider statementCountingListener() {
		return new DefaultExecuteListenerProvider(new ExecuteListener() {
			@Override
			public void executeStart(ExecuteContext context) {
				statements.incrementAndGet();
			}
		});
	}

	public void reset() {
		statements.set(0);
	}

	public int count() {
		return statements.get();
	}

}
