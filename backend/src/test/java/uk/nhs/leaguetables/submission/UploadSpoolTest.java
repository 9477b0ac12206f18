package uk.nhs.leaguetables.submission;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.leaguetables.platform.digest.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

class UploadSpoolTest {

	@TempDir
	Path tmp;

	@Test
	void an_upload_is_spooled_with_its_checksum_and_deleted_when_done() throws Exception {
		var spool = new UploadSpool(tmp);
		byte[] content = "organisation_code,metric_code,value\nRX1,AE4H,76.5\n".getBytes(StandardCharsets.UTF_8);

		Path file;
		try (var upload = spool.spool(new ByteArrayInputStream(content))) {
			file = upload.file();
			assertThat(file).hasBinaryContent(content);
			assertThat(upload.checksum()).isEqualTo(Sha256.hex(new String(content, StandardCharsets.UTF_8)));
		}

		assertThat(file).doesNotExist();
	}

	@Test
	void files_left_by_a_process_that_is_gone_are_deleted_at_start_and_others_kept() throws Exception {
		Path directory = Files.createDirectories(tmp.resolve("nhs-league-tables-uploads"));
		Path killed = Files.writeString(directory.resolve("submission-99999999-1234.upload"), "half an upload");
		Path running = Files.writeString(
				directory.resolve("submission-" + ProcessHandle.current().pid() + "-5678.upload"), "in progress");

		new UploadSpool(tmp);

		assertThat(killed).doesNotExist();
		assertThat(running).exists();
	}

}
