package uk.nhs.leaguetables.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a chosen password must be, after NIST SP 800-63B §3.1.1.2: at least 12 and at most
 * 128 characters of any kind (spaces and every script included, no composition rules),
 * and not a password attackers try first: none of the 30,000 most common leaked passwords
 * (the list shipped in zxcvbn4j, {@code com.nulab-inc:zxcvbn}, from Mark Burnett's 10
 * million password corpus), also after removing digits and symbols
 * ({@code Password2024!}); not one character repeated or a keyboard or alphabet run; not
 * containing the account's name, a word of its display name or this service's name.
 */
public final class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	/** NIST asks for at least 64; PBKDF2 hashes any length, BCrypt only 72 bytes. */
	public static final int MAXIMUM_LENGTH = 128;

	private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private static final Set<String> SERVICE_WORDS = Set.of("leaguetable", "nhsleague", "oversight");

	private static final int DISTINCT_CHARACTERS = 5;

	private final Set<String> common;

	private PasswordPolicy(Set<String> common) {
		this.common = common;
	}

	/** The policy with the common-password list shipped in the zxcvbn4j jar. */
	public static PasswordPolicy nist() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(
						"The common-password list " + COMMON_PASSWORDS + " is not on the classpath");
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return new PasswordPolicy(reader.lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty())
					.collect(Collectors.toUnmodifiableSet()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks a password chosen for an account.
	 * @throws IllegalArgumentException starting with the field name, saying which rule
	 * the password breaks
	 */
	public void check(String field, String password, String username, String displayName) {
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH || length > MAXIMUM_LENGTH) {
			throw refused(field, "between " + MINIMUM_LENGTH + " and " + MAXIMUM_LENGTH
					+ " characters; a few unrelated words make a good one");
		}
		if (password.codePoints().anyMatch(Character::isISOControl)) {
			throw refused(field, "no control characters (letters, digits, spaces and symbols of any script are fine)");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String letters = lower.codePoints()
			.filter(Character::isLetter)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (common.contains(lower) || common.contains(lower.replace(" ", ""))
				|| (letters.length() >= 4 && common.contains(letters))) {
			throw refused(field, "this is one of the most common leaked passwords; choose another");
		}
		if (password.codePoints().distinct().count() < DISTINCT_CHARACTERS || isRun(lower)) {
			throw refused(field, "too repetitive or sequential (such as aaaa… or 1234…); choose another");
		}
		for (String word : personalWords(username, displayName)) {
			if (lower.replace(" ", "").contains(word)) {
				throw refused(field, "must not contain the account's name or its display name, nor the service's name");
			}
		}
	}

	private static Set<String> personalWords(String username, String displayName) {
		Set<String> words = new HashSet<>(SERVICE_WORDS);
		if (username.length() >= 3) {
			words.add(username.toLowerCase(Locale.ROOT));
		}
		for (String word : displayName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 4) {
				words.add(word);
			}
		}
		return words;
	}

	/** Every character one more, or every one one less, than the one before. */
	private static boolean isRun(String text) {
		int[] codePoints = text.codePoints().toArray();
		int step = codePoints[1] - codePoints[0];
		if (Math.abs(step) != 1) {
			return false;
		}
		for (int i = 2; i < codePoints.length; i++) {
			if (codePoints[i] - codePoints[i - 1] != step) {
				return false;
			}
		}
		return true;
	}

	private static IllegalArgumentException refused(String field, String rule) {
		return new IllegalArgumentException(field + ": " + rule);
	}

}
