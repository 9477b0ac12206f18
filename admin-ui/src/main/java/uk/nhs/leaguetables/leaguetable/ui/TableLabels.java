package uk.nhs.leaguetables.leaguetable.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.leaguetable.DomainResult;
import uk.nhs.leaguetables.leaguetable.LeagueTableRow;
import uk.nhs.leaguetables.leaguetable.Segmentation;
import uk.nhs.leaguetables.organisation.League;

/**
 * The words every console view uses for a computed table's segmentation, a row's segment
 * with its Recovery Support Programme marker, and domain results (methodology sections 4
 * and 5).
 */
public final class TableLabels {

	private TableLabels() {
	}

	/**
	 * E.g. "Segmentation: POOLED_QUARTILES, cut-offs 2.07 / 2.355 / 2.7 (average up to
	 * the first: segment 1, …), pooled over ACUTE, NON_ACUTE, AMBULANCE."
	 */
	public static String segmentation(@Nullable Segmentation segmentation) {
		if (segmentation == null) {
			return "";
		}
		StringBuilder text = new StringBuilder("Segmentation: ").append(segmentation.method());
		if (segmentation.cutOffs().isEmpty()) {
			text.append(", nothing was segmented");
		}
		else {
			text.append(", cut-offs ")
				.append(segmentation.cutOffs().stream().map(TableLabels::plain).collect(Collectors.joining(" / ")))
				.append(" (average up to the first: segment 1, the second: 2, the third: 3, above: 4)");
		}
		String leagues = segmentation.scoredWith().stream().map(League::name).collect(Collectors.joining(", "));
		if (segmentation.method().equals("POOLED_QUARTILES")) {
			text.append(", pooled over ").append(leagues);
		}
		else if (segmentation.scoredWith().size() > 1) {
			text.append(", scored with ").append(leagues);
		}
		return text.append('.').toString();
	}

	/**
	 * The public segment, and for an organisation in the Recovery Support Programme its
	 * marker and support segment: "2 · RSP, support segment 5".
	 */
	public static String segment(LeagueTableRow row) {
		if (row.segment() == null) {
			return "not segmented";
		}
		return row.recoverySupport() ? row.segment() + " · RSP, support segment " + row.supportSegment()
				: String.valueOf(row.segment());
	}

	/** "Access to services" for {@code ACCESS_TO_SERVICES}. */
	public static String domain(String literal) {
		String words = literal.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * Each domain's score and segment: "Access to services 1.00 (domain segment 1) ·
	 * Patient safety 2.00 (domain segment 1)".
	 */
	public static String domains(List<DomainResult> domains) {
		if (domains.isEmpty()) {
			return "No domain scores.";
		}
		return "Domains: " + domains.stream()
			.map((domain) -> domain(domain.domain()) + " " + domain.score()
					+ ((domain.segment() != null) ? " (domain segment " + domain.segment() + ")" : ""))
			.collect(Collectors.joining(" · "));
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
