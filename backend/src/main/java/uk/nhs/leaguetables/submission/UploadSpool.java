package uk.nhs.leaguetables.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads wait on disk while they are validated: the checksum must be known before
 * deciding whether to load a file, and its content must not be held in memory. Each file
 * is deleted when its upload is done; a file's name carries the process that wrote it, so
 * that the files of a process that was killed mid-upload are deleted at the next start
 * (and those of other instances still running are left alone).
 */
@Component
class UploadSpool {

	private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);

	private static final String SUFFIX = ".upload";

	private final Path directory;

	private final String prefix = "submission-" + ProcessHandle.current().pid() + "-";

	UploadSpool(@Value("${league-tables.submission.spool-directory:#{systemProperties['java.io.tmpdir']}}") Path tmp)
			throws IOException {
		this.directory = Files.createDirectories(tmp.resolve("nhs-league-tables-uploads"));
		deleteFilesOfStoppedProcesses();
	}

	/** An upload on disk and its SHA-256. */
	record SpooledUpload(Path file, String checksum) implements AutoCloseable {

		@Override
		public void close() {
			delete(file);
		}

	}

	/** Copies the upload to a file, computing its SHA-256 on the way. */
	SpooledUpload spool(InputStream content) {
		try {
			Path file = Files.createTempFile(directory, prefix, SUFFIX);
			try (DigestInputStream digesting = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"));
					OutputStream out = Files.newOutputStream(file)) {
				digesting.transferTo(out);
				return new SpooledUpload(file, HexFormat.of().formatHex(digesting.getMessageDigest().digest()));
			}
			catch (IOException ex) {
				delete(file);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload could not be received", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void deleteFilesOfStoppedProcesses() throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "submission-*" + SUFFIX)) {
			for (Path file : files) {
				String[] parts = file.getFileName().toString().split("-");
				boolean writerRunning = parts.length > 2 && parts[1].chars().allMatch(Character::isDigit)
						&& ProcessHandle.of(Long.parseLong(parts[1])).isPresent();
				if (!writerRunning) {
					log.info("Deleting {} ({} bytes), left by an upload that was interrupted", file, Files.size(file));
					delete(file);
				}
			}
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

}
