package uk.nhs.leaguetables.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;

import uk.nhs.leaguetables.testsupport.ArchitectureRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix in {@code docs/security.md} is what the code enforces: every secured
 * service operation (or service, {@code Service.*}, where the class carries the rule) is
 * in the table with exactly the roles its {@code @PreAuthorize} allows, and the table
 * names no operation the code does not have.
 */
class RoleMatrixTest {

	private static final Pattern ROW = Pattern.compile("^\\| `(\\w+\\.(?:\\w+|\\*))` \\| ([A-Za-z, -]+) \\|",
			Pattern.MULTILINE);

	/** How the table writes {@code isAuthenticated()}. */
	private static final String SIGNED_IN = "any signed-in account";

	private static final Pattern ROLE = Pattern.compile("'([A-Z]+)'");

	@Test
	void the_documented_role_matrix_is_the_enforced_one() throws IOException {
		Map<String, Set<String>> documented = new TreeMap<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("../docs/security.md")));
		while (row.find()) {
			documented.put(row.group(1),
					Arrays.stream(row.group(2).split(",")).map(String::strip).collect(Collectors.toSet()));
		}

		Map<String, Set<String>> enforced = new TreeMap<>();
		new ClassFileImporter().withImportOption(new ArchitectureRules.ProductionCode())
			.withImportOption((location) -> !location.contains("/uk/nhs/leaguetables/db/"))
			.importPackages("uk.nhs.leaguetables")
			.forEach((type) -> {
				if (type.isAnnotatedWith(PreAuthorize.class)) {
					enforced.put(type.getSimpleName() + ".*", roles(type.getAnnotationOfType(PreAuthorize.class)));
				}
				type.getMethods()
					.stream()
					.filter((method) -> method.isAnnotatedWith(PreAuthorize.class))
					.forEach((method) -> enforced.put(type.getSimpleName() + "." + method.getName(),
							roles(method.getAnnotationOfType(PreAuthorize.class))));
			});

		assertThat(enforced).isNotEmpty().isEqualTo(documented);
	}

	private static Set<String> roles(PreAuthorize rule) {
		if (rule.value().equals("isAuthenticated()")) {
			return Set.of(SIGNED_IN);
		}
		Matcher role = ROLE.matcher(rule.value());
		return role.results().map((match) -> match.group(1)).collect(Collectors.toSet());
	}

}
