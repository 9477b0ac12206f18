package uk.nhs.leaguetables.organisation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEvent;
import uk.nhs.leaguetables.audit.AuditFilter;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.platform.paging.PageRequest;
import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators correct the registry with a reason, audited before and after; changes
 * that would break it are refused naming the field. Real PostgreSQL, rolled back.
 */
@SpringBootTest
@Transactional
class RegistryAdministrationIT {

	private static final String LONDON_AMBULANCE = "RRU";

	@Autowired
	RegistryAdministrationService registry;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	AuditService audit;

	@Test
	void an_administrator_renames_a_trust_and_the_audit_log_keeps_both_versions() {
		Organisation before = organisations.findByCode(LONDON_AMBULANCE).orElseThrow();
		RegistryChange change = new RegistryChange("London Ambulance Service NHS Foundation Trust", "SE1 8SD",
				before.region().code(), before.icb().code(), null, null);

		Organisation after = asAdmin(() -> registry.update(LONDON_AMBULANCE, change, "Became a foundation trust"));

		assertThat(after.name()).isEqualTo("London Ambulance Service NHS Foundation Trust");
		AuditEvent event = SystemActor.callAs("ava", Role.AUDITOR,
				() -> audit.trail(
						new AuditFilter(null, "ORGANISATION_UPDATED", null, null, LONDON_AMBULANCE, null, null),
						new PageRequest(1, null)))
			.items()
			.getFirst();
		assertThat(event.beforeState()).contains(before.name());
		assertThat(event.afterState()).contains("NHS Foundation Trust");
		assertThat(event.reason()).isEqualTo("Became a foundation trust");
	}

	@Test
	void changes_that_would_break_the_registry_are_refused_naming_the_field() {
		Organisation trust = organisations.findByCode(LONDON_AMBULANCE).orElseThrow();
		RegistryChange valid = RegistryChange.of(trust);

		assertRefused(new RegistryChange(" ", null, null, null, null, null), "reason", "name: required");
		assertRefused(new RegistryChange(valid.name(), null, "Y99", null, null, null), "reason",
				"region: there is no region 'Y99'");
		assertRefused(new RegistryChange(valid.name(), null, null, "RJ1", null, null), "reason",
				"icb: 'RJ1' is not an ICB");
		assertRefused(new RegistryChange(valid.name(), null, null, null, null, LONDON_AMBULANCE), "reason",
				"successor: an organisation cannot succeed itself");
		assertRefused(new RegistryChange(valid.name(), null, null, null, LocalDate.of(1900, 1, 1), null), "reason",
				"closeDate: 1900-01-01 is before it opened");
		assertRefused(valid, " ", "reason: a change to the registry needs a reason");
	}

	@Test
	void only_administrators_change_the_registry() {
		RegistryChange same = RegistryChange.of(organisations.findByCode(LONDON_AMBULANCE).orElseThrow());

		assertThatThrownBy(() -> SystemActor.callAs("priya", Role.PREPARER,
				() -> registry.update(LONDON_AMBULANCE, same, "trying")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void assertRefused(RegistryChange change, String reason, String message) {
		assertThatThrownBy(() -> asAdmin(() -> registry.update(LONDON_AMBULANCE, change, reason)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith(message);
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> task) {
		return SystemActor.callAs("root-admin", Role.ADMIN, task);
	}

}
