package uk.nhs.leaguetables.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Verifies an exported audit log against checkpoints kept apart from the service, with no
 * database and without starting the service:
 * {@code java -jar nhs-league-tables.jar --verify-audit-export=audit-log.csv --checkpoint=checkpoint.txt [--checkpoint=…] [--audit-key-file=audit-keys]}.
 * Without a key file it checks the hash chain and that every checkpoint's head is in the
 * log unchanged; with the keys it also verifies every seal and checkpoint MAC. Exit code
 * 0 when intact, 1 when not, 2 when the files cannot be read.
 */
public final class OfflineAuditVerifier {

	public static final String OPTION = "--verify-audit-export";

	private static final String CHECKPOINT = "--checkpoint=";

	private static final String KEY_FILE = "--audit-key-file=";

	private OfflineAuditVerifier() {
	}

	/** Whether the command line asks for this verifier. */
	public static boolean requested(String[] args) {
		return Arrays.stream(args).anyMatch((arg) -> arg.startsWith(OPTION + "="));
	}

	/** Verifies and prints the outcome; returns the exit code. */
	public static int run(String[] args, PrintStream out) {
		try {
			Path log = null;
			List<AuditCheckpoint> checkpoints = new ArrayList<>();
			AuditKeys keys = null;
			for (String arg : args) {
				if (arg.startsWith(OPTION + "=")) {
					log = Path.of(arg.substring(OPTION.length() + 1));
				}
				else if (arg.startsWith(CHECKPOINT)) {
					Path file = Path.of(arg.substring(CHECKPOINT.length()));
					checkpoints.add(AuditCheckpoint.parse(Files.readString(file, StandardCharsets.UTF_8)));
				}
				else if (arg.startsWith(KEY_FILE)) {
					Map<String, byte[]> known = AuditKeys.readKeyFile(Path.of(arg.substring(KEY_FILE.length())));
					if (known.isEmpty()) {
						throw new IllegalArgumentException("The audit key file holds no key");
					}
					keys = new AuditKeys(known, known.keySet().stream().toList().getLast());
				}
				else {
					throw new IllegalArgumentException("Unknown option " + arg);
				}
			}
			if (log == null) {
				throw new IllegalArgumentException("Name the exported log: " + OPTION + "=audit-log.csv");
			}
			if (checkpoints.isEmpty()) {
				out.println("No checkpoint given (--checkpoint=): only the log's internal consistency is checked, "
						+ "not that it is the log that was checkpointed.");
			}
			AuditChainVerification verification = verify(log, checkpoints, keys);
			out.println(verification.summary());
			return verification.intact() ? 0 : 1;
		}
		catch (NoSuchFileException ex) {
			out.println("Cannot verify: there is no file " + ex.getFile());
			return 2;
		}
		catch (IOException | IllegalArgumentException ex) {
			out.println("Cannot verify: " + ex.getMessage());
			return 2;
		}
	}

	static AuditChainVerification verify(Path log, List<AuditCheckpoint> checkpoints, @Nullable AuditKeys keys)
			throws IOException {
		long firstKeyed = firstKeyedEntry(log, checkpoints);
		AuditChainVerifier verifier = new AuditChainVerifier(keys, firstKeyed, checkpoints);
		try (Reader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
			AuditLogCsv.read(in, verifier::accept);
		}
		return verifier.result();
	}

	/**
	 * Where keying began, as the checkpoints recorded it under their MACs; without a
	 * checkpoint, the first sealed entry of the log.
	 */
	private static long firstKeyedEntry(Path log, List<AuditCheckpoint> checkpoints) throws IOException {
		if (!checkpoints.isEmpty()) {
			return checkpoints.getFirst().firstKeyedEventId();
		}
		AtomicLong firstSealed = new AtomicLong(Long.MAX_VALUE);
		try (Reader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
			AuditLogCsv.read(in, (event, seal) -> {
				if (seal == null) {
					return true;
				}
				firstSealed.set(event.id());
				return false;
			});
		}
		return firstSealed.get();
	}

}
