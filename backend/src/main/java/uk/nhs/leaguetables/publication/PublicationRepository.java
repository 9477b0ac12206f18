package uk.nhs.leaguetables.publication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.CalculationStatus;
import uk.nhs.leaguetables.db.tables.records.PublicationRecord;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.PUBLICATION;

/** Publications and the calculations they publish. */
@Repository
class PublicationRepository {

	private final DSLContext dsl;

	PublicationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The calculation, locked until the transaction ends so that two approvals cannot
	 * both publish it.
	 */
	Optional<CalculatedTable> calculationForUpdate(long calculationId) {
		return dsl.selectFrom(CALCULATION)
			.where(CALCULATION.ID.eq(calculationId))
			.forUpdate()
			.fetchOptional((calculation) -> new CalculatedTable(calculation.getId(), calculation.getPeriodCode(),
					DatabaseEnums.fromDatabase(calculation.getLeague(), League.class),
					calculation.getStatus() == CalculationStatus.DRAFT,
					calculation.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT),
					calculation.getComputedBy(), calculation.getComputedAt(), calculation.getInputDigest(),
					calculation.getOutputDigest()));
	}

	int nextRevision(String periodCode, League domainLeague) {
		var league = DatabaseEnums.toDatabase(domainLeague, uk.nhs.leaguetables.db.enums.League.class);
		return dsl.select(coalesce(max(PUBLICATION.REVISION), (short) 0))
			.from(PUBLICATION)
			.where(PUBLICATION.PERIOD_CODE.eq(periodCode), PUBLICATION.LEAGUE.eq(league))
			.fetchSingle()
			.value1() + 1;
	}

	Publication publish(CalculatedTable calculation, int revision, String approvedBy,
			@Nullable String correctionReason) {
		var league = DatabaseEnums.toDatabase(calculation.league(), uk.nhs.leaguetables.db.enums.League.class);
		OffsetDateTime now = OffsetDateTime.now();
		PublicationRecord publication = dsl.newRecord(PUBLICATION);
		publication.setPeriodCode(calculation.periodCode());
		publication.setLeague(league);
		publication.setRevision((short) revision);
		publication.setCalculationId(calculation.id());
		publication.setPreparedBy(calculation.preparedBy());
		publication.setPreparedAt(calculation.preparedAt());
		publication.setApprovedBy(approvedBy);
		publication.setApprovedAt(now);
		publication.setPublishedAt(now);
		publication.setInputDigest(calculation.inputDigest());
		publication.setOutputDigest(calculation.outputDigest());
		publication.setCorrectionReason(correctionReason);
		publication.store();
		dsl.update(CALCULATION)
			.set(CALCULATION.STATUS, CalculationStatus.PUBLISHED)
			.where(CALCULATION.ID.eq(calculation.id()))
			.execute();
		return toPublication(publication);
	}

	/** One revision of a table, or its latest when {@code revision} is null. */
	Optional<Publication> find(String periodCode, League domainLeague, @Nullable Integer revision) {
		var league = DatabaseEnums.toDatabase(domainLeague, uk.nhs.leaguetables.db.enums.League.class);
		return dsl.selectFrom(PUBLICATION)
			.where(PUBLICATION.PERIOD_CODE.eq(periodCode), PUBLICATION.LEAGUE.eq(league),
					(revision != null) ? PUBLICATION.REVISION.eq(revision.shortValue()) : noCondition())
			.orderBy(PUBLICATION.REVISION.desc())
			.limit(1)
			.fetchOptional(PublicationRepository::toPublication);
	}

	/** Every revision of a table, oldest first. */
	List<Publication> revisions(String periodCode, League domainLeague) {
		var league = DatabaseEnums.toDatabase(domainLeague, uk.nhs.leaguetables.db.enums.League.class);
		return dsl.selectFrom(PUBLICATION)
			.where(PUBLICATION.PERIOD_CODE.eq(periodCode), PUBLICATION.LEAGUE.eq(league))
			.orderBy(PUBLICATION.REVISION)
			.fetch(PublicationRepository::toPublication);
	}

	private static Publication toPublication(PublicationRecord record) {
		return new Publication(record.getId(), record.getPeriodCode(),
				DatabaseEnums.fromDatabase(record.getLeague(), League.class), record.getRevision(),
				record.getCalculationId(), record.getPreparedBy(), record.getPreparedAt(), record.getApprovedBy(),
				record.getApprovedAt(), record.getPublishedAt(), record.getInputDigest(), record.getOutputDigest(),
				record.getCorrectionReason());
	}

}
