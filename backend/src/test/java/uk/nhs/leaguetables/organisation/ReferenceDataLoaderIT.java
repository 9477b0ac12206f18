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
	void loads_the_202_trusts_of_the_ods_extract_and_the_6_it_lacks_into_their_leagues() {
		Map<uk.nhs.leaguetables.db.enums.League, Integer> trustsPerLeague = dsl.select(ORGANISATION.LEAGUE, count())
			.from(ORGANISATION)
			.where(ORGANISATION.KIND.eq(OrganisationKind.TRUST))
			.groupBy(ORGANISATION.LEAGUE)
			.fetchMap(ORGANISATION.LEAGUE, count());

		assertThat(trustsPerLeague).containsEntry(uk.nhs.leaguetables.db.enums.League.ACUTE, 133)
			.containsEntry(uk.nhs.leaguetables.db.enums.League.NON_ACUTE, 61)
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
	void adds_the_trusts_nhs_england_assessed_in_2025_26_that_the_ods_extract_lacks() {
		var tavistock = dsl.fetchSingle(ORGANISATION, ORGANISATION.CODE.eq("RNK"));
		assertThat(tavistock.getName()).isEqualTo("Tavistock and Portman NHS Foundation Trust");
		assertThat(tavistock.getLeague()).isEqualTo(uk.nhs.leaguetables.db.enums.League.NON_ACUTE);
		assertThat(tavistock.getRegionCode()).isEqualTo("Y56");
		assertThat(tavistock.getIcbCode()).isEqualTo("Z9B2Z");
		assertThat(tavistock.getOpenDate()).isEqualTo(LocalDate.of(1994, 4, 1));
		assertThat(tavistock.getCloseDate()).isEqualTo(LocalDate.of(2026, 3, 31));
		var bradfordCareTrust = dsl.fetchSingle(ORGANISATION, ORGANISATION.CODE.eq("TAD"));
		assertThat(bradfordCareTrust.getTrustSubtype()).isEqualTo("Care Trust");
		assertThat(bradfordCareTrust.getIcbCode()).isEqualTo("QWO");
		assertThat(bradfordCareTrust.getCloseDate()).isNull();
		assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.CODE.in("RNK", "RY2", "RYV", "TAD", "TAH", "TAJ")
			.and(ORGANISATION.LEAGUE.eq(uk.nhs.leaguetables.db.enums.League.NON_ACUTE)))).isEqualTo(6);
	}

	@Test
	void records_the_load_in_the_audit_log() {
		assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REFERENCE_DATA_LOADED"))).isTrue();
		assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REFERENCE_DATA_SUPPLEMENTED"))).isTrue();
	}

}
