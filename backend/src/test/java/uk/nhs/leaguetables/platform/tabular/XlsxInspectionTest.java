package uk.nhs.leaguetables.platform.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile workbooks are refused by their shape, before any of their XML is parsed. */
class XlsxInspectionTest {

	@TempDir
	Path directory;

	@Test
	void a_workbook_of_more_parts_than_a_workbook_has_is_refused() throws IOException {
		Path file = zip((zip) -> {
			for (int part = 0; part <= XlsxInspection.MAX_ENTRIES; part++) {
				zip.putNextEntry(new ZipEntry("xl/part" + part + ".xml"));
				zip.write(bytes("<a/>"));
				zip.closeEntry();
			}
		});

		assertThatThrownBy(() -> XlsxInspection.check(file)).isInstanceOf(UnreadableTableException.class)
			.hasMessageContaining("1001 parts");
	}

	@Test
	void text_longer_than_a_cell_split_across_read_buffers_is_found() throws IOException {
		Path file = zip((zip) -> {
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			zip.write(bytes("<sst><si><t>"));
			zip.write(bytes("é".repeat(XlsxInspection.MAX_TEXT_BYTES)));
			zip.write(bytes("</t></si></sst>"));
			zip.closeEntry();
		});

		assertThatThrownBy(() -> XlsxInspection.check(file)).isInstanceOf(UnreadableTableException.class)
			.hasMessageContaining("in xl/sharedStrings.xml");
	}

	@Test
	void ordinary_text_and_markup_pass() throws IOException {
		Path file = zip((zip) -> {
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			for (int cell = 0; cell < 100_000; cell++) {
				zip.write(bytes("<si><t>Guy&apos;s and St Thomas&apos; NHS Foundation Trust " + cell + "</t></si>"));
			}
			zip.closeEntry();
		});

		assertThatCode(() -> XlsxInspection.check(file)).doesNotThrowAnyException();
	}

	@Test
	void a_file_that_is_no_zip_at_all_is_refused_in_plain_words() throws IOException {
		Path file = Files.writeString(directory.resolve("fake.xlsx"),
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

		assertThatThrownBy(() -> XlsxInspection.check(file)).isInstanceOf(UnreadableTableException.class)
			.hasMessageNotContaining("Exception")
			.hasMessageContaining("not an Excel workbook");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private Path zip(ZipWriter writer) throws IOException {
		Path file = Files.createTempFile(directory, "workbook", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			writer.write(zip);
		}
		return file;
	}

	@FunctionalInterface
	private interface ZipWriter {

		void write(ZipOutputStream zip) throws IOException;

	}

}
