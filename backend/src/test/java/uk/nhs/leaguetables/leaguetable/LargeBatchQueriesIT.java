package uk.nhs.leaguetables.leaguetable;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.nhs.leaguetables.organisation.OrganisationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch look-ups behind a league table stay one valid statement for a league of
 * 20,000 organisations: no bind-parameter limit (32,767), no expression nested so deep
 * that PostgreSQL refuses it (a row-value IN list of 10,133 pairs did, found by
 * {@code bench/scale.sh}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeBatchQueriesIT {

	private static final int ORGANISATIONS = 20_000;

	@Autowired
	LeagueTableRepository tables;

	@Autowired
	OrganisationRepository organisations;

	@Test
	void twenty_thousand_organisations_are_looked_up_in_one_statement_each() {
		List<String> codes = IntStream.range(0, ORGANISATIONS).mapToObj((i) -> "Z" + i).toList();
		List<LeagueTableRow.ResultKey> rows = IntStream.range(0, ORGANISATIONS)
			.mapToObj((i) -> new LeagueTableRow.ResultKey(-1 - i % 4, codes.get(i)))
			.toList();
		List<OrganisationPeriod> quarters = IntStream.range(0, ORGANISATIONS)
			.mapToObj((i) -> new OrganisationPeriod(codes.get(i), "2099/00 Q" + (1 + i % 4)))
			.toList();

		assertThat(tables.metricScores(rows)).isEmpty();
		assertThat(tables.adjustments(rows)).isEmpty();
		assertThat(tables.publishedRows(quarters)).isEmpty();
		assertThat(tables.history(codes, null, null)).isEmpty();
		assertThat(organisations.findByCodes(codes)).isEmpty();
	}

}
