package uk.nhs.leaguetables.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;

import org.springframework.stereotype.Repository;

import uk.nhs.leaguetables.platform.database.DatabaseEnums;
import uk.nhs.leaguetables.platform.paging.Cursor;
import uk.nhs.leaguetables.platform.paging.Page;
import uk.nhs.leaguetables.platform.paging.PageRequest;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;
import static uk.nhs.leaguetables.db.Tables.LATEST_PUBLICATION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION;
import static uk.nhs.leaguetables.db.Tables.ORGANISATION_RESULT;
import static uk.nhs.leaguetables.db.Tables.REGION;

/**
 * Reads the organisation registry with jOOQ; each read is one SQL statement whatever the
 * page size.
 */
@Repository
public class OrganisationRepository {

	private static final uk.nhs.leaguetables.db.tables.Organisation PARENT_ICB = ORGANISATION.as("parent_icb");

	private final DSLContext dsl;

	OrganisationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public Page<Organisation> find(OrganisationFilter filter, OrganisationOrder order, PageRequest request) {
		Condition where = conditionFor(filter);
		List<SortField<?>> sort = (order == OrganisationOrder.NAME)
				? List.of(ORGANISATION.NAME.asc(), ORGANISATION.CODE.asc()) : List.of(ORGANISATION.CODE.asc());
		Condition afterCursor = noCondition();
		if (request.after() != null) {
			afterCursor = switch (order) {
				case NAME -> {
					Cursor cursor = Cursor.decode(request.after(), 2);
					yield row(ORGANISATION.NAME, ORGANISATION.CODE).gt(cursor.part(0), cursor.part(1));
				}
				case CODE -> ORGANISATION.CODE.gt(Cursor.decode(request.after(), 1).part(0));
			};
		}
		List<Organisation> rows = selectOrganisations().where(where)
			.and(afterCursor)
			.orderBy(sort)
			.limit(request.first() + 1)
			.fetch(OrganisationRepository::toOrganisation);
		int total = count(filter);
		return Page.fromOverfetched(rows, request, total, (organisation) -> switch (order) {
			case NAME -> Cursor.of(organisation.name(), organisation.code());
			case CODE -> Cursor.of(organisation.code());
		});
	}

	/**
	 * One slice by position, in name order, for consoles that page by offset (a lazy
	 * grid).
	 */
	public List<Organisation> findSlice(OrganisationFilter filter, int offset, int limit) {
		return selectOrganisations().where(conditionFor(filter))
			.orderBy(ORGANISATION.NAME, ORGANISATION.CODE)
			.offset(offset)
			.limit(limit)
			.fetch(OrganisationRepository::toOrganisation);
	}

	public int count(OrganisationFilter filter) {
		return dsl.fetchCount(ORGANISATION, conditionFor(filter));
	}

	public List<Organisation.Region> regions() {
		return dsl.selectFrom(REGION)
			.orderBy(REGION.NAME)
			.fetch((region) -> new Organisation.Region(region.getCode(), region.getName()));
	}

	void update(String code, RegistryChange change) {
		dsl.update(ORGANISATION)
			.set(ORGANISATION.NAME, change.name().strip())
			.set(ORGANISATION.POSTCODE, change.postcode())
			.set(ORGANISATION.REGION_CODE, change.regionCode())
			.set(ORGANISATION.ICB_CODE, change.icbCode())
			.set(ORGANISATION.CLOSE_DATE, change.closeDate())
			.set(ORGANISATION.SUCCESSOR_CODE, change.successorCode())
			.where(ORGANISATION.CODE.eq(code))
			.execute();
	}

	public Optional<Organisation> findByCode(String code) {
		return selectOrganisations().where(ORGANISATION.CODE.eq(code))
			.fetchOptional(OrganisationRepository::toOrganisation);
	}

	public List<Organisation> findByCodes(Collection<String> codes) {
		return selectOrganisations().where(ORGANISATION.CODE.eq(any(codes.toArray(String[]::new))))
			.fetch(OrganisationRepository::toOrganisation);
	}

	/**
	 * The organisation of each item in one query, for GraphQL batch mappings of the
	 * organisation an item refers to by code.
	 */
	public <T> Map<T, Organisation> forEach(Collection<T> items, Function<T, String> codeOf) {
		Map<String, Organisation> byCode = new HashMap<>();
		findByCodes(items.stream().map(codeOf).distinct().toList())
			.forEach((organisation) -> byCode.put(organisation.code(), organisation));
		Map<T, Organisation> result = new HashMap<>();
		items.forEach((item) -> result.put(item, byCode.get(codeOf.apply(item))));
		return result;
	}

	private SelectOnConditionStep<Record> selectOrganisations() {
		return dsl.select(ORGANISATION.fields())
			.select(REGION.NAME, PARENT_ICB.NAME)
			.from(ORGANISATION)
			.leftJoin(REGION)
			.on(REGION.CODE.eq(ORGANISATION.REGION_CODE))
			.leftJoin(PARENT_ICB)
			.on(PARENT_ICB.CODE.eq(ORGANISATION.ICB_CODE));
	}

	private static Condition conditionFor(OrganisationFilter filter) {
		List<Condition> conditions = new ArrayList<>();
		if (filter.kind() != null) {
			conditions.add(ORGANISATION.KIND
				.eq(DatabaseEnums.toDatabase(filter.kind(), uk.nhs.leaguetables.db.enums.OrganisationKind.class)));
		}
		if (filter.league() != null) {
			conditions.add(ORGANISATION.LEAGUE
				.eq(DatabaseEnums.toDatabase(filter.league(), uk.nhs.leaguetables.db.enums.League.class)));
		}
		if (filter.trustType() != null) {
			conditions.add(ORGANISATION.TRUST_TYPE
				.eq(DatabaseEnums.toDatabase(filter.trustType(), uk.nhs.leaguetables.db.enums.TrustType.class)));
		}
		if (filter.regionCode() != null) {
			conditions.add(ORGANISATION.REGION_CODE.eq(filter.regionCode()));
		}
		if (filter.icbCode() != null) {
			conditions.add(ORGANISATION.ICB_CODE.eq(filter.icbCode()));
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			String term = filter.search().strip();
			conditions.add(ORGANISATION.NAME.containsIgnoreCase(term).or(ORGANISATION.CODE.startsWithIgnoreCase(term)));
		}
		if (filter.segment() != null) {
			conditions.add(exists(selectOne().from(LATEST_PUBLICATION)
				.join(ORGANISATION_RESULT)
				.on(ORGANISATION_RESULT.CALCULATION_ID.eq(LATEST_PUBLICATION.CALCULATION_ID))
				.where(LATEST_PUBLICATION.PERIOD_CODE.eq(filter.segment().periodCode()),
						ORGANISATION_RESULT.ORGANISATION_CODE.eq(ORGANISATION.CODE),
						ORGANISATION_RESULT.FINAL_SEGMENT.eq((short) filter.segment().segment()))));
		}
		if (!filter.includeClosed()) {
			conditions.add(ORGANISATION.CLOSE_DATE.isNull());
		}
		return and(conditions);
	}

	private static Organisation toOrganisation(Record record) {
		String regionCode = record.get(ORGANISATION.REGION_CODE);
		String icbCode = record.get(ORGANISATION.ICB_CODE);
		return new Organisation(record.get(ORGANISATION.CODE), record.get(ORGANISATION.NAME),
				DatabaseEnums.fromDatabase(record.get(ORGANISATION.KIND), OrganisationKind.class),
				DatabaseEnums.fromDatabaseNullable(record.get(ORGANISATION.TRUST_TYPE), TrustType.class),
				record.get(ORGANISATION.TRUST_SUBTYPE),
				DatabaseEnums.fromDatabaseNullable(record.get(ORGANISATION.LEAGUE), League.class),
				(regionCode != null) ? new Organisation.Region(regionCode, record.get(REGION.NAME)) : null,
				(icbCode != null) ? new Organisation.Icb(icbCode, record.get(PARENT_ICB.NAME)) : null,
				record.get(ORGANISATION.POSTCODE), record.get(ORGANISATION.OPEN_DATE),
				record.get(ORGANISATION.CLOSE_DATE), record.get(ORGANISATION.SUCCESSOR_CODE));
	}

}
