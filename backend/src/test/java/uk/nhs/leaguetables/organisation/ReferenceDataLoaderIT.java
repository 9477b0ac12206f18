package uk.nhs.leaguetables.organisation;

import java.time.LocalDate;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.nhs.leaguetables.db.enums.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.REGION;

/** The registry as loaded from the committed NHS reference files on first start. */
@SpringBootTest
class ReferenceDataLoaderIT {

	@Autowired
	DSLContext dsl;

	@Test
	void loads_the_202_open_trusts_into_their_leagues() {
		Map<uk.nhs.leaguetables.db.enums.League, Integer> trustsPerLeague = dsl.select(ORGANISATION.LEAGUE, count())
			.from(ORGANISATION)
			.where(ORGANISATION.KIND.eq(OrganisationKind.TRUST))
			.groupBy(ORGANISATION.LEAGUE)
			.fetchMap(ORGANISATION.LEAGUE, count());

		assertThat(trustsPerLeague).containsEntry(uk.nhs.leaguetables.db.enums.League.ACUTE, 133)
			.containsEntry(uk.nhs.leaguetables.db.enums.League.NON_ACUTE, 55)
			.containsEntry(uk.nhs.leaguetables.db.enums.League.AMBULANCE, 10)
			// three Welsh trusts and one not yet open are in no league
			.containsEntry(null, 4);
		assertThat(dsl.fetchCount(REGION)).isEqualTo(7);
	}

	@Test
	void loads_2026_icbs_and_closes_the_2025_icbs_that_merged_into_them() {
		var icbs = ORGANISATION.KIND.eq(OrganisationKind.ICB);
		assertThat(dsl.fetchCount(ORGANISATION, icbs.and(ORGANISATION.CLOSE_DATE.isNull()))).isEqualTo(36);
		assertThat(dsl.fetchCount(ORGANISATION, icbs.and(ORGANISATION.REGION_CODE.isNull()))).isZero();

		// North Central London (QMJ) and North West London (QRV) became West and North
		// London (Z9B2Z)
		var northCentralLondon = dsl.fetchSingle(ORGANISATION, ORGANISATION.CODE.eq("QMJ"));
		assertThat(northCentralLondon.getCloseDate()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(northCentralLondon.getSuccessorCode()).isEqualTo("Z9B2Z");
		assertThat(northCentralLondon.getOnsCode()).isEqualTo("E54000028");
		assertThat(dsl.fetchSingle(ORGANISATION, ORGANISATION.CODE.eq("Z9B2Z")).getName())
			.isEqualTo("NHS West and North London Integrated Care Board");
	}

	@Test
	void records_the_load_in_the_audit_log() {
		assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REFERENCE_DATA_LOADED"))).isTrue();
	}

}
