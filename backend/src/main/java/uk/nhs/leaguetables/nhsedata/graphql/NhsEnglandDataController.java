package uk.nhs.leaguetables.nhsedata.graphql;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.nhsedata.ImportReport;
import uk.nhs.leaguetables.nhsedata.ImportRequest;
import uk.nhs.leaguetables.nhsedata.ImportResult;
import uk.nhs.leaguetables.nhsedata.NhsEnglandImportException;
import uk.nhs.leaguetables.nhsedata.NhsEnglandImportService;
import uk.nhs.leaguetables.nhsedata.ReferencePublication;
import uk.nhs.leaguetables.nhsedata.ReferenceRow;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.platform.graphql.UserError;
import uk.nhs.leaguetables.submission.SubmissionFormat;
import uk.nhs.leaguetables.submission.SubmissionReport;

/**
 * The import of NHS England's trust data files and the reference publications it stores.
 * Rows and their trusts are loaded for all publications of a response at once.
 */
@Controller
class NhsEnglandDataController {

	private final NhsEnglandImportService imports;

	private final OrganisationRepository organisations;

	NhsEnglandDataController(NhsEnglandImportService imports, OrganisationRepository organisations) {
		this.imports = imports;
		this.organisations = organisations;
	}

	@MutationMapping
	ImportPayload importNhsEnglandTrustData(@Argument ImportInput input) {
		byte[] content;
		try {
			// line breaks, as base64 tools write them, are allowed; anything else is not
			content = Base64.getDecoder().decode(input.contentBase64().replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException ex) {
			return ImportPayload.failed("CONTENT_NOT_BASE64", "contentBase64 is not base64: " + ex.getMessage());
		}
		SubmissionFormat format = input.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? SubmissionFormat.XLSX
				: SubmissionFormat.CSV;
		try {
			ImportResult result = imports.importTrustData(new ImportRequest(input.fileName(), format, input.league(),
					blankToNull(input.period()), blankToNull(input.correctionReason())), content);
			return new ImportPayload(result.submissions(), result.references(), result.report(), List.of());
		}
		catch (NhsEnglandImportException ex) {
			return ImportPayload.failed("IMPORT_REFUSED", ex.getMessage());
		}
	}

	@QueryMapping
	Optional<ReferencePublication> nhsEnglandReference(@Argument String period, @Argument League league,
			@Argument @Nullable Integer revision) {
		return imports.reference(period, league, revision);
	}

	@SchemaMapping(typeName = "NhsEnglandReferencePublication", field = "period")
	String period(ReferencePublication publication) {
		return publication.periodCode();
	}

	@SchemaMapping(typeName = "NhsEnglandReferencePublication", field = "frameworkVersion")
	String frameworkVersion(ReferencePublication publication) {
		return publication.frameworkCode();
	}

	@SchemaMapping(typeName = "NhsEnglandReferencePublication", field = "importedAt")
	String importedAt(ReferencePublication publication) {
		return publication.importedAt().toString();
	}

	@BatchMapping(typeName = "NhsEnglandReferencePublication", field = "rows")
	Map<ReferencePublication, List<ReferenceRow>> rows(List<ReferencePublication> publications) {
		Map<Long, List<ReferenceRow>> rows = imports
			.rows(publications.stream().map(ReferencePublication::id).distinct().toList());
		return publications.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(publication) -> rows.getOrDefault(publication.id(), List.of())));
	}

	@BatchMapping(typeName = "NhsEnglandReferenceRow", field = "organisation")
	Map<ReferenceRow, Organisation> organisation(List<ReferenceRow> rows) {
		return organisations.forEach(rows, ReferenceRow::organisationCode);
	}

	@SchemaMapping(typeName = "NhsEnglandReferenceRow", field = "metric")
	@Nullable String metric(ReferenceRow row) {
		return row.metricCode();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The arguments of {@code importNhsEnglandTrustData}. */
	record ImportInput(String fileName, String contentBase64, League league, @Nullable String period,
			@Nullable String correctionReason) {
	}

	/** The result of {@code importNhsEnglandTrustData}. */
	record ImportPayload(List<SubmissionReport> submissions, List<ReferencePublication> referencePublications,
			@Nullable ImportReport report, List<UserError> userErrors) {

		static ImportPayload failed(String code, String message) {
			return new ImportPayload(List.of(), List.of(), null, List.of(new UserError(message, code)));
		}

	}

}
