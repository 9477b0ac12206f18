package uk.nhs.leaguetables.leaguetable.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.leaguetables.framework.CompositeItem;
import uk.nhs.leaguetables.scoring.rules.ItemCombination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One ambulance trust's lines in NHS England's trust data layout, shaped like London
 * Ambulance Service's rows of Q2 2025/26 in NHS England's own file.
 */
class TrustDataLinesTest {

	private static final ExportPeriod Q2 = new ExportPeriod(2025, 2);

	private static final CompositeItem COMBINED_FINANCE = new CompositeItem("OF1080", "Combined finance",
			"FINANCE_AND_PRODUCTIVITY", "Finance",
			new ItemCombination.Table(List.of("OF0079", "OF0081"), Map.of("1|4", 3.0, "1|1", 1.0)));

	private static final TrustColumns TRUST = new TrustColumns("London", "AMBULANCE", "Ambulance", "RRU",
			"London Ambulance Service NHS Trust");

	@Test
	void every_value_has_its_score_and_the_composite_domain_and_summary_items_follow_in_id_order() {
		List<TrustDataLine> lines = TrustDataLines.of(organisation(false, 2), Map.of("OF1080", COMBINED_FINANCE), Q2);

		assertThat(lines).extracting(TrustDataLine::metricId)
			.containsExactly("OF0017", "OF0079", "OF0081", "OF1017", "OF1079", "OF1080", "OF1081", "OF4000", "OF4003",
					"OF4005", "OF4100", "OF4103", "OF5000", "OF5002", "OF5003", "OF5004", "OF5005", "OF5007");
		assertThat(line(lines, "OF1017")).isEqualTo(new TrustDataLine("Access to services", "Urgent and emergency care",
				"OF1017", "Average Category 2 ambulance response time", "Sep-25", "score", new BigDecimal("1.00"), null,
				null, null, null, 7));
		// the table's cell for whole member scores 1 and 4, not their mean 2.5
		assertThat(line(lines, "OF1080")).isEqualTo(new TrustDataLine("Finance and productivity", "Finance", "OF1080",
				"Combined finance", "Q2 2025/26", "score", new BigDecimal("3.00"), null, null, null, null, null));
		assertThat(line(lines, "OF4005")).isEqualTo(new TrustDataLine("Effectiveness and experience",
				"Effectiveness and experience domain score", "OF4005", "Effectiveness and experience domain score",
				"Q2 2025/26", "score", new BigDecimal("2.58"), null, null, null, null, 6));
		// a domain without a segment has a score line only
		assertThat(lines).extracting(TrustDataLine::metricId).doesNotContain("OF4105");
		assertThat(line(lines, "OF4103"))
			.extracting(TrustDataLine::domain, TrustDataLine::subDomain, TrustDataLine::units, TrustDataLine::value,
					TrustDataLine::rank)
			.containsExactly("Finance and productivity", "Finance and productivity domain segment", "segment",
					BigDecimal.valueOf(2), null);
		assertThat(line(lines, "OF5000")).isEqualTo(new TrustDataLine("Summary", "Summary", "OF5000",
				"Adjusted segment", "Q2 2025/26", "segment", BigDecimal.valueOf(2), null, null, null, null, 5));
		assertThat(line(lines, "OF5002"))
			.extracting(TrustDataLine::description, TrustDataLine::units, TrustDataLine::value, TrustDataLine::rank)
			.containsExactly("Average metric score", "score", new BigDecimal("2.26"), 6);
		assertThat(line(lines, "OF5005")).extracting(TrustDataLine::description, TrustDataLine::value)
			.containsExactly("Final segment score override", BigDecimal.valueOf(2));
		assertThat(line(lines, "OF5007"))
			.extracting(TrustDataLine::description, TrustDataLine::units, TrustDataLine::value)
			.containsExactly("Is the organisation in the Recovery Support Programme?", "flag", BigDecimal.ZERO);
	}

	@Test
	void an_organisation_in_the_recovery_support_programme_keeps_its_segment_and_is_flagged_with_override_five() {
		List<TrustDataLine> lines = TrustDataLines.of(organisation(true, 5), Map.of("OF1080", COMBINED_FINANCE), Q2);

		assertThat(line(lines, "OF5000").value()).isEqualByComparingTo("2");
		assertThat(line(lines, "OF5005").value()).isEqualByComparingTo("5");
		assertThat(line(lines, "OF5007").value()).isEqualByComparingTo("1");
	}

	@Test
	void an_organisation_that_was_not_segmented_has_no_segment_lines() {
		var organisation = new TrustDataOrganisation(TRUST, null, null, null, null, null, false, false, null, List.of(),
				List.of());

		assertThat(TrustDataLines.of(organisation, Map.of(), Q2)).extracting(TrustDataLine::metricId)
			.containsExactly("OF5004", "OF5007");
	}

	@Test
	void a_composite_member_whose_own_score_id_would_be_the_composites_has_no_score_line() {
		var outcomes = new CompositeItem("OF2029", "Combined outcome completeness", "EFFECTIVENESS_AND_EXPERIENCE",
				null, new ItemCombination.Mean());
		var organisation = new TrustDataOrganisation(TRUST, null, null, null, null, null, false, false, null,
				List.of(metric("OF0029", "OF2029", 2.0), metric("OF0030", "OF2029", 3.0)), List.of());

		assertThat(TrustDataLines.of(organisation, Map.of("OF2029", outcomes), new ExportPeriod(2026, 1)))
			.extracting(TrustDataLine::metricId, TrustDataLine::value)
			.containsExactly(tuple("OF0029", BigDecimal.ONE), tuple("OF0030", BigDecimal.ONE),
					tuple("OF2029", new BigDecimal("2.50")), tuple("OF2030", new BigDecimal("3.00")),
					tuple("OF5004", BigDecimal.ZERO), tuple("OF5007", BigDecimal.ZERO));
	}

	private static TrustDataOrganisation organisation(boolean recoverySupport, int supportSegment) {
		return new TrustDataOrganisation(TRUST, new BigDecimal("2.26"), 6, 2, 2, 5, false, recoverySupport,
				supportSegment,
				List.of(new TrustDataOrganisation.Metric("ACCESS_TO_SERVICES", "Urgent and emergency care", "OF0017",
						"Average Category 2 ambulance response time", "QUARTER", "MINUTES", "OF1017",
						new BigDecimal("29.87"), null, 1.0, 7, new BigDecimal("28.6"), new BigDecimal("24.84"),
						new BigDecimal("32.54")), metric("OF0079", "OF1080", 1.0), metric("OF0081", "OF1080", 4.0)),
				List.of(new TrustDataOrganisation.Domain("ACCESS_TO_SERVICES", new BigDecimal("1.00"), 1, 1),
						new TrustDataOrganisation.Domain("EFFECTIVENESS_AND_EXPERIENCE", new BigDecimal("2.58"), null,
								6),
						new TrustDataOrganisation.Domain("FINANCE_AND_PRODUCTIVITY", new BigDecimal("1.81"), 2, 7)));
	}

	private static TrustDataOrganisation.Metric metric(String id, String item, double score) {
		return new TrustDataOrganisation.Metric("FINANCE_AND_PRODUCTIVITY", "Finance", id, "Finance metric " + id,
				"ANNUAL", "PERCENT", item, BigDecimal.ONE, null, score, 1, null, null, null);
	}

	private static TrustDataLine line(List<TrustDataLine> lines, String id) {
		return lines.stream().filter((line) -> line.metricId().equals(id)).findFirst().orElseThrow();
	}

}
