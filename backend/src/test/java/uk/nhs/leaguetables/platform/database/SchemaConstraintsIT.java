package uk.nhs.leaguetables.platform.database;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.db.enums.OrganisationKind;
import uk.nhs.leaguetables.db.enums.SegmentMethod;
import uk.nhs.leaguetables.db.enums.TrustType;
import uk.nhs.leaguetables.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static uk.nhs.leaguetables.db.Tables.AUDIT_EVENT;
import static uk.nhs.leaguetables.db.Tables.FRAMEWORK_VERSION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.REPORTING_PERIOD;

/**
 * The migrations apply, and PostgreSQL itself rejects duplicate and invalid rows. Each
 * test runs in a transaction that is rolled back, so nothing it writes survives it.
 */
@SpringBootTest
@Transactional
class SchemaConstraintsIT {

	@Autowired
	DSLContext dsl;

	@Test
	void every_migration_applied_successfully() {
		// Flyway's history is the owner's; the service role may not read it
		DSLContext owner = TestDatabase.owner();
		var history = table(name("flyway_schema_history"));
		var success = field(name("success"), Boolean.class);
		assertThat(owner.fetchCount(history)).isGreaterThanOrEqualTo(4);
		assertThat(owner.fetchCount(history, success.isFalse())).isZero();
	}

	@Test
	void an_ods_code_can_be_registered_only_once() {
		assertThatThrownBy(() -> dsl.insertInto(ORGANISATION)
			.set(ORGANISATION.CODE, "RJ1")
			.set(ORGANISATION.KIND, OrganisationKind.TRUST)
			.set(ORGANISATION.NAME, "A second Guy's")
			.set(ORGANISATION.TRUST_TYPE, TrustType.ACUTE)
			.execute()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void a_malformed_ods_code_is_rejected() {
		assertThatThrownBy(() -> trust("rj 1", TrustType.ACUTE)).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("organisation_code_check");
	}

	@Test
	void a_trust_must_have_a_type() {
		assertThatThrownBy(() -> trust("ZZ1", null)).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("organisation_trust_has_type");
	}

	@Test
	void a_trust_cannot_be_another_trusts_icb() {
		assertThatThrownBy(() -> dsl.update(ORGANISATION)
			.set(ORGANISATION.ICB_CODE, "RJZ")
			.where(ORGANISATION.CODE.eq("RJ1"))
			.execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("is not an integrated care board");
	}

	@Test
	void the_league_follows_from_the_trust_type() {
		trust("ZZ1", TrustType.COMMUNITY);
		assertThat(dsl.fetchSingle(ORGANISATION, ORGANISATION.CODE.eq("ZZ1")).getLeague())
			.isEqualTo(uk.nhs.leaguetables.db.enums.League.NON_ACUTE);
	}

	@Test
	void a_closed_organisation_cannot_close_before_it_opened() {
		assertThatThrownBy(() -> dsl.update(ORGANISATION)
			.set(ORGANISATION.CLOSE_DATE, LocalDate.of(1990, 1, 1))
			.where(ORGANISATION.CODE.eq("RJ1"))
			.execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("organisation_open_before_close");
	}

	@Test
	void segment_thresholds_must_ascend() {
		assertThatThrownBy(() -> dsl.insertInto(FRAMEWORK_VERSION)
			.set(FRAMEWORK_VERSION.CODE, "NOF-2099/00")
			.set(FRAMEWORK_VERSION.NAME, "Test")
			.set(FRAMEWORK_VERSION.FINANCIAL_YEAR, "2099/00")
			.set(FRAMEWORK_VERSION.SEGMENT_METHOD, SegmentMethod.THRESHOLDS)
			.set(FRAMEWORK_VERSION.SEGMENT_THRESHOLD_1, new java.math.BigDecimal("2.70"))
			.set(FRAMEWORK_VERSION.SEGMENT_THRESHOLD_2, new java.math.BigDecimal("2.35"))
			.set(FRAMEWORK_VERSION.SEGMENT_THRESHOLD_3, new java.math.BigDecimal("2.10"))
			.set(FRAMEWORK_VERSION.BOOTSTRAP_SEED, 1L)
			.set(FRAMEWORK_VERSION.SOURCE, "test")
			.execute()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("framework_thresholds_when_needed");
	}

	@Test
	void a_reporting_period_must_be_a_real_financial_quarter() {
		dsl.insertInto(FRAMEWORK_VERSION)
			.set(FRAMEWORK_VERSION.CODE, "NOF-2099/00")
			.set(FRAMEWORK_VERSION.NAME, "Test")
			.set(FRAMEWORK_VERSION.FINANCIAL_YEAR, "2099/00")
			.set(FRAMEWORK_VERSION.SEGMENT_METHOD, SegmentMethod.QUARTILE)
			.set(FRAMEWORK_VERSION.BOOTSTRAP_SEED, 1L)
			.set(FRAMEWORK_VERSION.SOURCE, "test")
			.execute();
		assertThatThrownBy(() -> dsl.insertInto(REPORTING_PERIOD)
			.set(REPORTING_PERIOD.CODE, "2099/00 Q1")
			.set(REPORTING_PERIOD.FINANCIAL_YEAR_START, (short) 2099)
			.set(REPORTING_PERIOD.QUARTER, (short) 1)
			.set(REPORTING_PERIOD.START_DATE, LocalDate.of(2099, 1, 1))
			.set(REPORTING_PERIOD.END_DATE, LocalDate.of(2099, 3, 31))
			.set(REPORTING_PERIOD.FRAMEWORK_CODE, "NOF-2099/00")
			.execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("period_dates_match");
	}

	@Test
	void audit_entries_are_chained_and_cannot_be_changed() {
		dsl.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "tester").set(AUDIT_EVENT.ACTION, "TEST_EVENT").execute();
		var last = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(2).fetch();
		assertThat(last.get(0).getPreviousHash()).isEqualTo(last.get(1).getHash());
		assertThat(last.get(0).getHash()).matches("[0-9a-f]{64}");

		assertThatThrownBy(() -> dsl.update(AUDIT_EVENT)
			.set(AUDIT_EVENT.ACTOR, "someone else")
			.where(AUDIT_EVENT.ID.eq(last.get(0).getId()))
			.execute()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table audit_event");
	}

	@Test
	void audit_entries_cannot_be_deleted() {
		assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_EVENT).execute()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table audit_event");
	}

	@Test
	void even_the_owner_cannot_change_or_delete_audit_entries_while_the_triggers_are_on() {
		TestDatabase.asOwnerRolledBack((owner) -> {
			owner.insertInto(AUDIT_EVENT)
				.set(AUDIT_EVENT.ACTOR, "owner")
				.set(AUDIT_EVENT.ACTION, "TEST_EVENT")
				.execute();
			assertThatThrownBy(() -> owner.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else").execute())
				.rootCause()
				.hasMessageContaining("audit_event rows are immutable");
			return null;
		});
		TestDatabase.asOwnerRolledBack((owner) -> {
			owner.insertInto(AUDIT_EVENT)
				.set(AUDIT_EVENT.ACTOR, "owner")
				.set(AUDIT_EVENT.ACTION, "TEST_EVENT")
				.execute();
			assertThatThrownBy(() -> owner.deleteFrom(AUDIT_EVENT).execute()).rootCause()
				.hasMessageContaining("audit_event rows are immutable");
			return null;
		});
	}

	private void trust(String code, TrustType type) {
		dsl.insertInto(ORGANISATION)
			.set(ORGANISATION.CODE, code)
			.set(ORGANISATION.KIND, OrganisationKind.TRUST)
			.set(ORGANISATION.NAME, "Test trust")
			.set(ORGANISATION.TRUST_TYPE, type)
			.execute();
	}

}
