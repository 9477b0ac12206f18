package uk.nhs.leaguetables.console;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import uk.nhs.leaguetables.testsupport.DemoLeagueTables;

/**
 * The one application context the console's tests share. Vaadin installs a security
 * context strategy of its own in every application context, and the last one started
 * becomes the global one; each test puts back its own context's strategy, so that work a
 * test does as a system actor is seen by that context's method security.
 */
@SpringBootTest(classes = LeagueTablesConsoleApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "vaadin.devmode.devTools.enabled=false")
@Import(DemoLeagueTables.class)
public abstract class ConsoleContextTest {

	@Autowired
	SecurityContextHolderStrategy securityContexts;

	@BeforeEach
	void useThisContextsSecurityStrategy() {
		SecurityContextHolder.setContextHolderStrategy(securityContexts);
	}

}
