package uk.nhs.leaguetables.audit;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operator's command for auditors:
 * {@code java -jar nhs-league-tables.jar --verify-audit-chain} recomputes the audit log's
 * hash chain, verifies its seals with the configured audit keys and compares its stored
 * checkpoints, prints the result and exits with 0 when the log is intact and 1 when it is
 * not. It runs before anything else at start-up, so a tampered log is reported before the
 * service takes requests.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditChainCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String OPTION = "verify-audit-chain";

	private final AuditLog auditLog;

	private final PrintStream out;

	private int exitCode;

	@Autowired
	AuditChainCommand(AuditLog auditLog) {
		this(auditLog, System.out);
	}

	AuditChainCommand(AuditLog auditLog, PrintStream out) {
		this.auditLog = auditLog;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.containsOption(OPTION)) {
			return;
		}
		AuditChainVerification verification = auditLog.verifyChain();
		out.println(verification.summary());
		exitCode = verification.intact() ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
