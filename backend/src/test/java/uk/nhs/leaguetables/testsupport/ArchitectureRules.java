package uk.nhs.leaguetables.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the code base (see {@code CONVENTIONS.md}), checked rather than hoped
 * for. Each module runs them over the classes it can see.
 */
public final class ArchitectureRules {

	private static final String PRODUCT = "uk.nhs.leaguetables";

	private static final DescribedPredicate<JavaClass> NESTED_IN_A_REPOSITORY = DescribedPredicate.describe(
			"nested in a @Repository",
			(type) -> type.getEnclosingClass()
				.map((enclosing) -> enclosing.isAnnotatedWith(Repository.class))
				.orElse(false));

	private ArchitectureRules() {
	}

	/**
	 * Production classes only: neither test classes nor the backend's test jar on another
	 * module's classpath.
	 */
	public static final class ProductionCode implements ImportOption {

		private static final ImportOption NOT_TEST_CLASSES = new ImportOption.DoNotIncludeTests();

		@Override
		public boolean includes(Location location) {
			return NOT_TEST_CLASSES.includes(location) && !location.contains("-tests.jar");
		}

	}

	@ArchTest
	static final ArchRule features_do_not_depend_on_each_other_in_cycles = slices().matching(PRODUCT + ".(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule only_persistence_code_uses_jooq_and_the_generated_schema = noClasses().that()
		.areNotAnnotatedWith(Repository.class)
		.and()
		.haveSimpleNameNotEndingWith("Loader")
		.and()
		.resideOutsideOfPackages(PRODUCT + ".db..", PRODUCT + ".platform.database..")
		.and(DescribedPredicate.not(NESTED_IN_A_REPOSITORY))
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.jooq..", PRODUCT + ".db..");

	@ArchTest
	static final ArchRule only_graphql_packages_use_spring_graphql = noClasses().that()
		.resideOutsideOfPackage("..graphql..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.graphql..", "graphql..");

	@ArchTest
	static final ArchRule only_ui_packages_use_vaadin = noClasses().that()
		.resideOutsideOfPackages("..ui..", PRODUCT + ".console..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.vaadin..");

	@ArchTest
	static final ArchRule the_scoring_domain_is_plain_java = noClasses().that()
		.resideInAPackage(PRODUCT + ".scoring..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..", "graphql..", PRODUCT + ".db..")
		.allowEmptyShould(true);

}
