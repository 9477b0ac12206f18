package uk.nhs.leaguetables.security;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.AppRole;
import uk.nhs.leaguetables.db.tables.records.RoleProposalRecord;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static uk.nhs.leaguetables.db.Tables.ROLE_PROPOSAL;

/** Proposals to grant publication roles, in PostgreSQL; decided once, never deleted. */
@Repository
class RoleProposalRepository {

	private final DSLContext dsl;

	RoleProposalRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	RoleProposal create(String username, Role role, String proposedBy, @Nullable String reason) {
		return toProposal(dsl.insertInto(ROLE_PROPOSAL)
			.set(ROLE_PROPOSAL.USERNAME, username)
			.set(ROLE_PROPOSAL.ROLE, DatabaseEnums.toDatabase(role, AppRole.class))
			.set(ROLE_PROPOSAL.PROPOSED_BY, proposedBy)
			.set(ROLE_PROPOSAL.REASON, reason)
			.returning()
			.fetchSingle());
	}

	boolean pendingExists(String username, Role role) {
		return dsl.fetchExists(ROLE_PROPOSAL, ROLE_PROPOSAL.USERNAME.eq(username),
				ROLE_PROPOSAL.ROLE.eq(DatabaseEnums.toDatabase(role, AppRole.class)),
				ROLE_PROPOSAL.STATUS.eq(RoleProposal.Status.PENDING.name()));
	}

	/** The proposal, locked until the transaction ends so that it is decided once. */
	Optional<RoleProposal> findForUpdate(long id) {
		return dsl.selectFrom(ROLE_PROPOSAL).where(ROLE_PROPOSAL.ID.eq(id)).forUpdate().fetchOptional(this::toProposal);
	}

	RoleProposal decide(long id, RoleProposal.Status status, String decidedBy) {
		return toProposal(dsl.update(ROLE_PROPOSAL)
			.set(ROLE_PROPOSAL.STATUS, status.name())
			.set(ROLE_PROPOSAL.DECIDED_BY, decidedBy)
			.set(ROLE_PROPOSAL.DECIDED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
			.where(ROLE_PROPOSAL.ID.eq(id))
			.returning()
			.fetchSingle());
	}

	/** Proposals waiting for a second administrator, oldest first. */
	List<RoleProposal> pending() {
		return dsl.selectFrom(ROLE_PROPOSAL)
			.where(ROLE_PROPOSAL.STATUS.eq(RoleProposal.Status.PENDING.name()))
			.orderBy(ROLE_PROPOSAL.ID)
			.fetch(this::toProposal);
	}

	private RoleProposal toProposal(RoleProposalRecord record) {
		return new RoleProposal(record.getId(), record.getUsername(),
				DatabaseEnums.fromDatabase(record.getRole(), Role.class), record.getProposedBy(),
				record.getProposedAt(), record.getReason(), RoleProposal.Status.valueOf(record.getStatus()),
				record.getDecidedBy(), record.getDecidedAt());
	}

}
