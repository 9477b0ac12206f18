package uk.nhs.leaguetables;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;

import uk.nhs.leaguetables.audit.OfflineAuditVerifier;

/**
 * Starts a deployment as the service, or, with an operator command such as
 * {@code --verify-audit-chain}, runs the command without a web server or demo data and
 * exits with its exit code. {@code --verify-audit-export=…} verifies an exported audit
 * log offline, without starting the service or touching a database.
 */
public final class Launcher {

	/**
	 * The options that make the application a one-off command (see
	 * {@code audit.AuditChainCommand}).
	 */
	private static final String COMMAND_OPTION = "--verify-audit-chain";

	private Launcher() {
	}

	public static void launch(Class<?> application, String[] args) {
		if (OfflineAuditVerifier.requested(args)) {
			System.exit(OfflineAuditVerifier.run(args, System.out));
		}
		if (Arrays.asList(args).contains(COMMAND_OPTION)) {
			String[] commandArgs = Stream
				.concat(Arrays.stream(args), Stream.of("--league-tables.demo.enabled=false", "--server.port=0"))
				.toArray(String[]::new);
			System.exit(SpringApplication.exit(SpringApplication.run(application, commandArgs)));
		}
		SpringApplication.run(application, args);
	}

}
