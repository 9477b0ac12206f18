package uk.nhs.leaguetables.leaguetable.export;

import java.io.IOException;
import java.util.List;

/** Writes a download row by row in one format, without holding it in memory. */
interface SheetWriter {

	void row(List<ExportCell> cells) throws IOException;

	/** Completes the file; the caller closes the stream. */
	void finish() throws IOException;

}
