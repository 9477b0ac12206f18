package uk.nhs.leaguetables.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NIST SP 800-63B: length, a list of common leaked passwords, no composition rules. */
class PasswordPolicyTest {

	private static final PasswordPolicy POLICY = PasswordPolicy.nist();

	@Test
	void long_passphrases_of_any_script_and_without_digits_or_symbols_are_accepted() {
		for (String password : new String[] { "violet quartz harbour lantern", "all lower case words here",
				"Ünïcödé pässwörd ✓ ok", "パスワードはとても長い文章です", "x".repeat(3) + "yz1234567890abc" }) {
			assertThatCode(() -> POLICY.check("password", password, "jo.bloggs", "Jo Bloggs")).as(password)
				.doesNotThrowAnyException();
		}
	}

	@Test
	void too_short_and_too_long_passwords_are_refused_naming_the_field_and_the_rule() {
		assertThatThrownBy(() -> POLICY.check("newPassword", "elevenchars", "jo", "Jo"))
			.hasMessage("newPassword: between 12 and 128 characters; a few unrelated words make a good one");
		assertThatThrownBy(() -> POLICY.check("password", "word ".repeat(26), "jo", "Jo"))
			.hasMessageStartingWith("password: between 12 and 128");
	}

	@Test
	void common_leaked_passwords_are_refused_also_with_digits_and_symbols_added() {
		for (String password : new String[] { "qwerty123456", "1qaz2wsx3edc", "Password2024!", "sunshine!!1234",
				"LeaveMeAlone" }) {
			assertThatThrownBy(() -> POLICY.check("password", password, "jo.bloggs", "Jo Bloggs")).as(password)
				.hasMessage("password: this is one of the most common leaked passwords; choose another");
		}
	}

	@Test
	void repetitive_and_sequential_passwords_are_refused() {
		for (String password : new String[] { "xqxqxqxqxqxqxq", "ŵŵŵŵŵŵŵŵŵŵŵŵ", "mnopqrstuvwxyz", "zyxwvutsrqponm" }) {
			assertThatThrownBy(() -> POLICY.check("password", password, "jo.bloggs", "Jo Bloggs")).as(password)
				.hasMessageStartingWith("password: too repetitive or sequential");
		}
	}

	@Test
	void the_account_name_display_name_and_service_name_are_refused() {
		assertThatThrownBy(() -> POLICY.check("password", "my name is jo.bloggs ok", "jo.bloggs", "Jo Bloggs"))
			.hasMessageStartingWith("password: must not contain the account's name");
		assertThatThrownBy(() -> POLICY.check("password", "Priyanka's Preparer Key", "pp", "Priyanka Preparer"))
			.hasMessageStartingWith("password: must not contain the account's name");
		assertThatThrownBy(() -> POLICY.check("password", "nhs league tables rock", "jo", "Jo"))
			.hasMessageStartingWith("password: must not contain");
	}

	@Test
	void control_characters_are_refused() {
		assertThatThrownBy(() -> POLICY.check("password", "violet quartz\u0000harbour", "jo", "Jo"))
			.hasMessageStartingWith("password: no control characters");
	}

}
