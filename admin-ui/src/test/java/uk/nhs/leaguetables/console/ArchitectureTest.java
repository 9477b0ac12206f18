package uk.nhs.leaguetables.console;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import uk.nhs.leaguetables.testsupport.ArchitectureRules;

/**
 * Runs the architecture rules here, the one module that sees the production classes of
 * every other.
 */
@AnalyzeClasses(packages = "uk.nhs.leaguetables", importOptions = ArchitectureRules.ProductionCode.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests rules = ArchTests.in(ArchitectureRules.class);

}
