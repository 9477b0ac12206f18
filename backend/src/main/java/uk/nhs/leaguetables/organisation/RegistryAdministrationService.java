package uk.nhs.leaguetables.organisation;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.security.CurrentUser;

/**
 * Administrators' corrections to the organisation registry (a renamed trust, a merger ODS
 * has not caught up with), each with a reason and audited with the entry before and
 * after. Published tables keep their numbers; they show organisations as the registry
 * names them now.
 */
@Service
public class RegistryAdministrationService {

	private final OrganisationRepository organisations;

	private final AuditLog auditLog;

	RegistryAdministrationService(OrganisationRepository organisations, AuditLog auditLog) {
		this.organisations = organisations;
		this.auditLog = auditLog;
	}

	/**
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Organisation update(String code, RegistryChange change, @Nullable String reason) {
		String actor = CurrentUser.username();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("reason: a change to the registry needs a reason");
		}
		Organisation before = organisations.findByCode(code)
			.orElseThrow(() -> new IllegalArgumentException("code: there is no organisation '" + code + "'"));
		if (change.name() == null || change.name().isBlank()) {
			throw new IllegalArgumentException("name: required");
		}
		if (change.regionCode() != null
				&& organisations.regions().stream().noneMatch((region) -> region.code().equals(change.regionCode()))) {
			throw new IllegalArgumentException("region: there is no region '" + change.regionCode() + "'");
		}
		if (change.icbCode() != null) {
			if (before.kind() != OrganisationKind.TRUST) {
				throw new IllegalArgumentException("icb: only a trust belongs to an ICB");
			}
			requireKind(change.icbCode(), OrganisationKind.ICB, "icb");
		}
		if (change.successorCode() != null) {
			if (change.successorCode().equals(code)) {
				throw new IllegalArgumentException("successor: an organisation cannot succeed itself");
			}
			requireKind(change.successorCode(), before.kind(), "successor");
		}
		if (change.closeDate() != null && before.openDate() != null && change.closeDate().isBefore(before.openDate())) {
			throw new IllegalArgumentException(
					"closeDate: " + change.closeDate() + " is before it opened (" + before.openDate() + ")");
		}
		RegistryChange was = RegistryChange.of(before);
		organisations.update(code, change);
		auditLog
			.record(new AuditEntry(actor, "ORGANISATION_UPDATED", "organisation", code, change.json(), reason.strip())
				.concerningOrganisation(code)
				.before(was.json()));
		return organisations.findByCode(code).orElseThrow();
	}

	private void requireKind(String code, OrganisationKind kind, String field) {
		Organisation organisation = organisations.findByCode(code)
			.orElseThrow(() -> new IllegalArgumentException(field + ": there is no organisation '" + code + "'"));
		if (organisation.kind() != kind) {
			throw new IllegalArgumentException(
					field + ": '" + code + "' is not " + ((kind == OrganisationKind.ICB) ? "an ICB" : "a trust"));
		}
	}

}
