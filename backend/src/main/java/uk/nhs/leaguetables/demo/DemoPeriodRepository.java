package uk.nhs.leaguetables.demo;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.platform.database.DatabaseEnums;

import static uk.nhs.leaguetables.db.Tables.CALCULATION;

/** Opens the extra quarters the demo data covers. */
@Repository
class DemoPeriodRepository {

	private final DSLContext dsl;

	DemoPeriodRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	boolean hasCalculation(String periodCode, League league) {
		return dsl.fetchExists(CALCULATION, CALCULATION.PERIOD_CODE.eq(periodCode),
				CALCULATION.LEAGUE.eq(DatabaseEnums.toDatabase(league, uk.nhs.leaguetables.db.enums.League.class)));
	}

}
