package uk.nhs.leaguetables.nhsedata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.db.enums.CalculationStatus;
import uk.nhs.leaguetables.leaguetable.NhsEnglandDomainIds;
import uk.nhs.leaguetables.nhsedata.domain.Reconciliation;
import uk.nhs.leaguetables.nhsedata.domain.Reconciliation.Key;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static uk.nhs.leaguetables.db.Tables.CALCULATION;
import static uk.nhs.leaguetables.db.Tables.DOMAIN_RESULT;
import static uk.nhs.leaguetables.db.Tables.METRIC_RESULT;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;

/**
 * Reads a stored calculation as NHS England numbers its published items, for the
 * reconciliation with the reference publication: three statements for any table.
 */
@Repository
class ReconciliationRepository {

	private final DSLContext dsl;

	ReconciliationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The latest calculation of the quarter and league that was not discarded. */
	Optional<Long> latestCalculation(String periodCode, League league) {
		return dsl.select(CALCULATION.ID)
			.from(CALCULATION)
			.where(CALCULATION.PERIOD_CODE.eq(periodCode),
					CALCULATION.LEAGUE.eq(DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class)),
					CALCULATION.STATUS.ne(CalculationStatus.DISCARDED))
			.orderBy(CALCULATION.COMPUTED_AT.desc(), CALCULATION.ID.desc())
			.limit(1)
			.fetchOptional(CALCULATION.ID);
	}

	/**
	 * The calculation's quarter and league, to find the matching reference publication.
	 */
	Optional<CalculatedTable> table(long calculationId) {
		return dsl.select(CALCULATION.PERIOD_CODE, CALCULATION.LEAGUE)
			.from(CALCULATION)
			.where(CALCULATION.ID.eq(calculationId))
			.fetchOptional((row) -> new CalculatedTable(calculationId, row.value1(),
					DatabaseEnums.fromDatabase(row.value2(), League.class)));
	}

	record CalculatedTable(long calculationId, String periodCode, League league) {
	}

	/** Every published item of the calculation, keyed as NHS England's. */
	Map<Key, BigDecimal> items(long calculationId) {
		Map<Key, BigDecimal> items = new HashMap<>();
		dsl.selectFrom(ORGANISATION_RESULT)
			.where(ORGANISATION_RESULT.CALCULATION_ID.eq(calculationId))
			.forEach((row) -> {
				String code = row.getOrganisationCode();
				put(items, code, "OF5002", row.getAverageScore());
				put(items, code, "OF5003", row.getScoreSegment());
				put(items, code, "OF5000", row.getFinalSegment());
				put(items, code, "OF5005", row.getSupportSegment());
				put(items, code, "OF5004", row.getInDeficit() ? BigDecimal.ONE : BigDecimal.ZERO);
				put(items, code, "OF5007", row.getRecoverySupport() ? BigDecimal.ONE : BigDecimal.ZERO);
				put(items, code, "OF5000" + Reconciliation.RANK, row.getLeagueRank());
				put(items, code, "OF5002" + Reconciliation.RANK, row.getScoreRank());
			});
		dsl.select(METRIC_RESULT.ORGANISATION_CODE, METRIC_RESULT.METRIC_CODE, METRIC_RESULT.SCORE)
			.from(METRIC_RESULT)
			.where(METRIC_RESULT.CALCULATION_ID.eq(calculationId), METRIC_RESULT.SCORE.isNotNull())
			.forEach((row) -> items.put(new Key(row.value1(), "OF1" + row.value2().substring(3)),
					BigDecimal.valueOf(row.value3()).setScale(2, RoundingMode.HALF_UP)));
		dsl.selectFrom(DOMAIN_RESULT).where(DOMAIN_RESULT.CALCULATION_ID.eq(calculationId)).forEach((row) -> {
			String domain = row.getDomain().getLiteral();
			put(items, row.getOrganisationCode(), NhsEnglandDomainIds.score(domain), row.getScore());
			put(items, row.getOrganisationCode(), NhsEnglandDomainIds.segment(domain), row.getSegment());
		});
		return items;
	}

	private static void put(Map<Key, BigDecimal> items, String organisationCode, String item, @Nullable Number value) {
		if (value != null) {
			items.put(new Key(organisationCode, item),
					(value instanceof BigDecimal decimal) ? decimal : BigDecimal.valueOf(value.longValue()));
		}
	}

}
