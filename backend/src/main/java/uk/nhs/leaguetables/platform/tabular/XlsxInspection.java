package uk.nhs.leaguetables.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside a workbook before any XML of it is parsed, and refuses one that would
 * expand beyond what a real submission needs: too many entries, too many bytes once
 * inflated, an entry that inflates more than {@value #MAX_EXPANSION_RATIO} times (a zip
 * bomb), or a text longer than a cell may be. Every entry is inflated and counted, so an
 * entry whose header understates its size is caught too; the cost is one pass of
 * inflation (about a second for a 20 MB workbook of 322,000 rows).
 */
final class XlsxInspection {

	/** A workbook from Excel has a few dozen. */
	static final int MAX_ENTRIES = 1_000;

	/**
	 * A sheet of {@value TableReader#MAX_ROWS} rows is well under this; the sheet
	 * streams, so this bounds disk reads and time, not memory.
	 */
	static final long MAX_EXPANDED_BYTES = 2L * 1024 * 1024 * 1024;

	/** Worksheet XML compresses 10 to 30 times; a bomb, thousands of times. */
	static final int MAX_EXPANSION_RATIO = 100;

	/** Small entries may compress better than the ratio allows without harm. */
	private static final long RATIO_APPLIES_ABOVE = 1024 * 1024;

	/**
	 * Text between two tags, in UTF-8 bytes: a cell of
	 * {@value TableReader#MAX_CELL_LENGTH} characters written with entities (such as
	 * {@code &amp;}) takes at most this many.
	 */
	static final int MAX_TEXT_BYTES = TableReader.MAX_CELL_LENGTH * 6;

	private XlsxInspection() {
	}

	/**
	 * @throws UnreadableTableException naming the limit the file exceeds, or saying that
	 * it is not a workbook at all
	 */
	static void check(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				throw new UnreadableTableException("The workbook has " + zip.size() + " parts; a workbook has at most "
						+ MAX_ENTRIES + ". Save it from Excel as .xlsx, or as CSV UTF-8");
			}
			long expanded = 0;
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				expanded += inflate(zip, entry, MAX_EXPANDED_BYTES - expanded);
			}
		}
		catch (ZipException ex) {
			throw new UnreadableTableException(
					"The file is not an Excel workbook (.xlsx) that can be read; save it from Excel as .xlsx, or as CSV UTF-8",
					ex);
		}
	}

	private static long inflate(ZipFile zip, ZipEntry entry, long allowed) throws IOException {
		long compressed = Math.max(entry.getCompressedSize(), 1);
		boolean xml = entry.getName().endsWith(".xml");
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		int textRun = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				size += read;
				if (size > allowed) {
					throw new UnreadableTableException(
							"The workbook expands to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
									+ " MB; split it into several files, or upload CSV UTF-8");
				}
				if (size > RATIO_APPLIES_ABOVE && size / compressed > MAX_EXPANSION_RATIO) {
					throw new UnreadableTableException("The workbook's part " + entry.getName() + " expands more than "
							+ MAX_EXPANSION_RATIO + " times, as no spreadsheet does (a zip bomb?); it was not read");
				}
				if (xml) {
					textRun = longestText(buffer, read, textRun, entry);
				}
			}
		}
		return size;
	}

	/**
	 * Follows the text between tags across buffers.
	 * @return the length of the text run still open at the end of the buffer
	 */
	private static int longestText(byte[] buffer, int length, int openRun, ZipEntry entry) {
		int run = openRun;
		for (int index = 0; index < length; index++) {
			byte current = buffer[index];
			if (current == '<' || current == '>') {
				run = 0;
			}
			else if (++run > MAX_TEXT_BYTES) {
				throw new UnreadableTableException(
						"The workbook holds a text of more than " + TableReader.MAX_CELL_LENGTH + " characters (in "
								+ entry.getName() + "); a cell holds at most " + TableReader.MAX_CELL_LENGTH);
			}
		}
		return run;
	}

}
