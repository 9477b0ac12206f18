package uk.nhs.leaguetables.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.leaguetables.audit.AuditEntry;
import uk.nhs.leaguetables.audit.AuditLog;
import uk.nhs.leaguetables.db.enums.OrganisationKind;
import uk.nhs.leaguetables.db.enums.TrustType;
import uk.nhs.leaguetables.db.tables.records.OrganisationRecord;
import uk.nhs.leaguetables.db.tables.records.RegionRecord;
import uk.nhs.leaguetables.platform.database.EmptyTableSeeder;
import uk.nhs.leaguetables.platform.database.SeedFiles;

import static uk.nhs.leaguetables.db.Tables.ORGANISATION;

/**
 * Fills an empty organisation registry from the NHS reference files in
 * {@code db/seed/reference} (see {@code db/seed/SOURCES.md}) before the application takes
 * requests. A registry that already holds organisations is left alone: from then on it is
 * maintained by its administrators, not by the seed files; only trusts of
 * {@value #MISSING_TRUSTS} that it does not know yet are added at every start (NHS
 * England assessed them in 2025/26, but the ODS extract the registry was built from lacks
 * them).
 */
@Component
class ReferenceDataLoader extends EmptyTableSeeder {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private static final LocalDate ICB_MERGERS_2026 = LocalDate.of(2026, 3, 31);

	static final String MISSING_TRUSTS = "reference/nhs_trusts_missing_from_ods_2026_extract.csv";

	private final AuditLog auditLog;

	ReferenceDataLoader(DSLContext dsl, TransactionTemplate transaction, AuditLog auditLog) {
		super(dsl, transaction, ORGANISATION);
		this.auditLog = auditLog;
	}

	@Override
	protected void seed() {
		List<CSVRecord> trusts = SeedFiles.read("reference/nhs_trusts_reference_merged_2026.csv");
		Map<String, String> readableNames = SeedFiles.read("reference/nhs_workforce_fte_by_org_staff_group_2025-05.csv")
			.stream()
			.collect(Collectors.toMap((row) -> row.get("organisation_code"), (row) -> row.get("organisation_name"),
					(first, second) -> first));

		List<RegionRecord> regions = SeedFiles.read("reference/nhs_england_region_lookup.csv")
			.stream()
			.map((row) -> new RegionRecord(row.get("nhs_england_region_ods_code"), row.get("nhs_england_region_name")))
			.toList();
		dsl.batchInsert(regions).execute();

		List<OrganisationRecord> icbs = icbs(SeedFiles.read("reference/icb_lookup_2025_and_2026.csv"), trusts);
		// successors are other rows of the same batch: insert first, link after
		Map<String, String> successors = new HashMap<>();
		for (OrganisationRecord icb : icbs) {
			if (icb.getSuccessorCode() != null) {
				successors.put(icb.getCode(), icb.getSuccessorCode());
				icb.setSuccessorCode(null);
			}
		}
		dsl.batchInsert(icbs).execute();
		successors.forEach((code, successor) -> dsl.update(ORGANISATION)
			.set(ORGANISATION.SUCCESSOR_CODE, successor)
			.where(ORGANISATION.CODE.eq(code))
			.execute());

		List<OrganisationRecord> trustRecords = trusts.stream().map((row) -> trust(row, readableNames)).toList();
		dsl.batchInsert(trustRecords).execute();

		auditLog.record(AuditEntry.bySystem("REFERENCE_DATA_LOADED", "organisation", "registry",
				"{\"regions\": %d, \"icbs\": %d, \"trusts\": %d}".formatted(regions.size(), icbs.size(),
						trustRecords.size())));
		log.info("Loaded {} organisations from the NHS reference data", icbs.size() + trustRecords.size());
	}

	/**
	 * Adds the trusts of {@value #MISSING_TRUSTS} whose codes the registry does not hold,
	 * with their open and close dates; trusts already there are left as they are.
	 */
	@Override
	protected void topUp() {
		List<CSVRecord> missing = SeedFiles.read(MISSING_TRUSTS);
		java.util.Set<String> known = dsl.select(ORGANISATION.CODE)
			.from(ORGANISATION)
			.where(ORGANISATION.CODE.in(missing.stream().map((row) -> row.get("org_code")).toList()))
			.fetchSet(ORGANISATION.CODE);
		List<OrganisationRecord> added = missing.stream()
			.filter((row) -> !known.contains(row.get("org_code")))
			.map((row) -> {
				OrganisationRecord trust = trust(row, Map.of(row.get("org_code"), row.get("name")));
				trust.setCloseDate(odsDate(row.get("close_date")));
				return trust;
			})
			.toList();
		if (added.isEmpty()) {
			return;
		}
		dsl.batchInsert(added).execute();
		auditLog.record(AuditEntry.bySystem("REFERENCE_DATA_SUPPLEMENTED", "organisation", "registry",
				"{\"trusts\": [%s], \"source\": \"db/seed/%s\"}".formatted(
						added.stream().map((trust) -> "\"" + trust.getCode() + "\"").collect(Collectors.joining(", ")),
						MISSING_TRUSTS)));
		log.info("Added {} trusts missing from the ODS extract: {}", added.size(),
				added.stream().map(OrganisationRecord::getCode).toList());
	}

	private static OrganisationRecord trust(CSVRecord row, Map<String, String> readableNames) {
		String code = row.get("org_code");
		OrganisationRecord trust = new OrganisationRecord();
		trust.setCode(code);
		trust.setKind(OrganisationKind.TRUST);
		trust.setName(readableNames.getOrDefault(code, OrganisationNames.readable(row.get("name"))));
		trust.setTrustType(trustType(row.get("trust_type")));
		trust.setTrustSubtype(SeedFiles.blankToNull(row.get("trust_subtype")));
		trust.setRegionCode(SeedFiles.blankToNull(row.get("nhse_region_code")));
		trust.setIcbCode(SeedFiles.blankToNull(row.get("icb_2026_code")));
		trust.setPostcode(SeedFiles.blankToNull(row.get("postcode")));
		trust.setOpenDate(odsDate(row.get("open_date")));
		return trust;
	}

	private static TrustType trustType(String sourceType) {
		return switch (sourceType) {
			case "acute" -> TrustType.ACUTE;
			case "mental health" -> TrustType.MENTAL_HEALTH;
			case "community" -> TrustType.COMMUNITY;
			case "ambulance" -> TrustType.AMBULANCE;
			case "wales" -> TrustType.WALES;
			case "other" -> TrustType.OTHER;
			default -> throw new IllegalStateException("Unknown trust type in reference data: " + sourceType);
		};
	}

	/**
	 * The ICBs of 2026, plus those of 2025 that merged into them on 1 April 2026 (closed,
	 * with the 2026 ICB most of their trusts moved to as successor). An ICB's region is
	 * the region most of its trusts are in.
	 */
	private static List<OrganisationRecord> icbs(List<CSVRecord> lookup, List<CSVRecord> trusts) {
		Map<String, CSVRecord> icbs2026 = byCode(lookup, "2026");
		Map<String, CSVRecord> icbs2025 = byCode(lookup, "2025");
		Map<String, String> regionOf2026Icb = mostCommon(trusts, "icb_2026_code", "nhse_region_code");
		Map<String, String> regionOf2025Icb = mostCommon(trusts, "icb_2025_code", "nhse_region_code");
		Map<String, String> successorOf2025Icb = mostCommon(trusts, "icb_2025_code", "icb_2026_code");

		List<OrganisationRecord> records = new ArrayList<>();
		icbs2026.forEach((code, row) -> {
			CSVRecord earlier = icbs2025.get(code);
			records.add(icb(code, OrganisationNames.readable(row.get("icb_name")), regionOf2026Icb.get(code),
					(earlier != null) ? earlier.get("icb_ons_code") : null, null));
		});
		icbs2025.forEach((code, row) -> {
			if (!icbs2026.containsKey(code)) {
				OrganisationRecord closed = icb(code, row.get("icb_name") + " Integrated Care Board",
						regionOf2025Icb.get(code), row.get("icb_ons_code"), successorOf2025Icb.get(code));
				closed.setCloseDate(ICB_MERGERS_2026);
				records.add(closed);
			}
		});
		return records;
	}

	private static OrganisationRecord icb(String code, String name, @Nullable String regionCode,
			@Nullable String onsCode, @Nullable String successorCode) {
		OrganisationRecord icb = new OrganisationRecord();
		icb.setCode(code);
		icb.setKind(OrganisationKind.ICB);
		icb.setName(name);
		icb.setRegionCode(regionCode);
		icb.setOnsCode(SeedFiles.blankToNull(onsCode));
		icb.setSuccessorCode(successorCode);
		return icb;
	}

	private static Map<String, CSVRecord> byCode(List<CSVRecord> lookup, String vintage) {
		return lookup.stream()
			.filter((row) -> row.get("vintage").startsWith(vintage))
			.collect(Collectors.toMap((row) -> row.get("icb_ods_code"), Function.identity(), (first, second) -> first,
					LinkedHashMap::new));
	}

	/**
	 * For each value of {@code keyColumn}, the most frequent non-blank value of
	 * {@code valueColumn}.
	 */
	private static Map<String, String> mostCommon(Collection<CSVRecord> rows, String keyColumn, String valueColumn) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		for (CSVRecord row : rows) {
			String key = row.get(keyColumn);
			String value = row.get(valueColumn);
			if (!key.isBlank() && !value.isBlank()) {
				counts.computeIfAbsent(key, (k) -> new HashMap<>()).merge(value, 1L, Long::sum);
			}
		}
		Map<String, String> result = new HashMap<>();
		counts.forEach((key, valueCounts) -> result.put(key,
				valueCounts.entrySet()
					.stream()
					.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
					.orElseThrow()
					.getKey()));
		return result;
	}

	private static @Nullable LocalDate odsDate(String text) {
		return text.isBlank() ? null : LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
	}

}
