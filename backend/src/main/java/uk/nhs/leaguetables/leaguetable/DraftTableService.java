package uk.nhs.leaguetables.leaguetable;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.leaguetables.organisation.League;

/**
 * Draft tables are previews for NHS England staff and auditors; anonymous clients only
 * ever see published tables.
 */
@Service
public class DraftTableService {

	private final LeagueTableRepository tables;

	DraftTableService(LeagueTableRepository tables) {
		this.tables = tables;
	}

	@PreAuthorize("hasAnyRole('PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public Optional<DraftTable> latestDraft(String periodCode, League league) {
		return tables.latestDraft(periodCode, league);
	}

}
