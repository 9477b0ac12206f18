package uk.nhs.leaguetables.organisation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores readable capitalisation to ODS names, which ODS publishes in capitals: "NHS
 * STAFFORDSHIRE AND STOKE-ON-TRENT INTEGRATED CARE BOARD" becomes "NHS Staffordshire and
 * Stoke-on-Trent Integrated Care Board".
 */
final class OrganisationNames {

	private static final Set<String> KEPT_IN_CAPITALS = Set.of("NHS", "ICB", "UK", "CIC");

	private static final Set<String> LOWER_CASE_WORDS = Set.of("and", "of", "the", "for", "on", "upon", "in", "at");

	private static final Pattern WORD = Pattern.compile("[A-Za-z']+");

	private OrganisationNames() {
	}

	static String readable(String odsName) {
		Matcher words = WORD.matcher(odsName.strip());
		StringBuilder readable = new StringBuilder();
		boolean first = true;
		while (words.find()) {
			words.appendReplacement(readable, Matcher.quoteReplacement(word(words.group(), first)));
			first = false;
		}
		words.appendTail(readable);
		return readable.toString();
	}

	private static String word(String word, boolean firstWord) {
		String upper = word.toUpperCase(Locale.ROOT);
		if (KEPT_IN_CAPITALS.contains(upper)) {
			return upper;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (!firstWord && LOWER_CASE_WORDS.contains(lower)) {
			return lower;
		}
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
