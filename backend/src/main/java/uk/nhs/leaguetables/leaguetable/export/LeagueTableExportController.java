package uk.nhs.leaguetables.leaguetable.export;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import uk.nhs.leaguetables.leaguetable.PublishedTable;
import uk.nhs.leaguetables.organisation.League;

/**
 * Downloads of published league tables in NHS England's layouts, open to anyone. A
 * published revision never changes, so responses are cacheable and carry an ETag made of
 * the publication's output digest, the layout and the format; a client that already has
 * the file gets 304.
 */
@RestController
class LeagueTableExportController {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final LeagueTableExports exports;

	LeagueTableExportController(LeagueTableExports exports) {
		this.exports = exports;
	}

	/** E.g. {@code /exports/league-tables/2024-25-Q4/acute.csv?revision=1}. */
	@GetMapping("/exports/league-tables/{period}/{league}.{format:csv|xlsx}")
	ResponseEntity<StreamingResponseBody> leagueTable(@PathVariable String period, @PathVariable String league,
			@PathVariable String format, @RequestParam(required = false) @Nullable Integer revision,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		return download(period, league, format, revision, ifNoneMatch, ExportLayout.LEAGUE_TABLE);
	}

	/** E.g. {@code /exports/league-tables/2024-25-Q4/acute/trust-data.xlsx}. */
	@GetMapping("/exports/league-tables/{period}/{league}/trust-data.{format:csv|xlsx}")
	ResponseEntity<StreamingResponseBody> trustData(@PathVariable String period, @PathVariable String league,
			@PathVariable String format, @RequestParam(required = false) @Nullable Integer revision,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		return download(period, league, format, revision, ifNoneMatch, ExportLayout.TRUST_DATA);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadExportRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(ExportNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private ResponseEntity<StreamingResponseBody> download(String periodInUrl, String leagueInUrl, String extension,
			@Nullable Integer revision, @Nullable String ifNoneMatch, ExportLayout layout) {
		ExportPeriod period = ExportPeriod.parse(periodInUrl);
		League league = league(leagueInUrl);
		ExportFormat format = ExportFormat.fromExtension(extension);
		PublishedTable table = this.exports.published(period, league, revision);
		ETag etag = new ETag(table.outputDigest() + "-" + layout.fileName() + "-" + format.extension(), false);
		if (ifNoneMatch != null && ETag.parse(ifNoneMatch)
			.stream()
			.anyMatch((candidate) -> candidate.isWildcard() || candidate.compare(etag, false))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag.formattedTag()).cacheControl(CACHE).build();
		}
		String fileName = urlForm(league) + "-" + layout.fileName() + "-" + period.urlForm() + "-revision-"
				+ table.revision() + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.eTag(etag.formattedTag())
			.cacheControl(CACHE)
			.body((out) -> this.exports.write(table, period, layout, format, out));
	}

	/** Reads {@code acute}, {@code non-acute}, {@code ambulance} or {@code icb}. */
	private static League league(String urlForm) {
		return Arrays.stream(League.values())
			.filter((league) -> urlForm(league).equalsIgnoreCase(urlForm))
			.findFirst()
			.orElseThrow(() -> new BadExportRequestException("There is no league '" + urlForm + "'; the leagues are "
					+ Arrays.stream(League.values())
						.map(LeagueTableExportController::urlForm)
						.collect(Collectors.joining(", "))));
	}

	private static String urlForm(League league) {
		return league.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, @Nullable String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
