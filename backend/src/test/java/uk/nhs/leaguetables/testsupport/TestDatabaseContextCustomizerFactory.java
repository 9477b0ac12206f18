package uk.nhs.leaguetables.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestDatabase}, before the context
 * decides whether to start its own embedded PostgreSQL (it does not once
 * {@code spring.datasource.url} is set): the application connects as the service role and
 * Flyway as the owner, as in production. It also gives the context a fixed audit key, as
 * a server with a database of its own must be given one. Registered in
 * {@code META-INF/spring.factories}, so every module with the backend's test jar gets it
 * without asking.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	/** The id of the audit key every test context seals with. */
	public static final String AUDIT_KEY_ID = "test";

	/**
	 * Its secret, Base64; fixed so that every context of the run verifies the others'
	 * seals.
	 */
	public static final String AUDIT_KEY = "dGVzdC1hdWRpdC1rZXktMzItYnl0ZXMtb2Ytbm9uc2Vuc2UhIQ==";

	/** The properties that configure it. */
	public static final String AUDIT_KEY_PROPERTY = "league-tables.audit.keys." + AUDIT_KEY_ID;

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	private record TestDatabaseCustomizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase.Connection service = TestDatabase.serviceConnection();
			TestDatabase.Connection owner = TestDatabase.connection();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testDatabase",
						Map.of("spring.datasource.url", service.jdbcUrl(), "spring.datasource.username",
								service.username(), "spring.datasource.password", service.password(),
								"spring.flyway.user", owner.username(), "spring.flyway.password", owner.password(),
								AUDIT_KEY_PROPERTY, AUDIT_KEY)));
		}

	}

}
