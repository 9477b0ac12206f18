package uk.nhs.leaguetables.leaguetable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.MediaType;

/** The file formats of a download, named by their extension in the URL. */
enum ExportFormat {

	CSV(new MediaType("text", "csv", StandardCharsets.UTF_8)),

	XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final MediaType mediaType;

	ExportFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ExportFormat fromExtension(String extension) {
		return valueOf(extension.toUpperCase(Locale.ROOT));
	}

	SheetWriter open(OutputStream out, String sheetName) throws IOException {
		return switch (this) {
			case CSV -> new CsvSheetWriter(out);
			case XLSX -> new XlsxSheetWriter(out, sheetName);
		};
	}

}
