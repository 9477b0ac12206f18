package uk.nhs.leaguetables.security.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.platform.graphql.UserError;
import uk.nhs.leaguetables.security.CurrentUser;
import uk.nhs.leaguetables.security.PasswordService;

/** Passwords chosen by their holders: on activation, and changed later. */
@Controller
class PasswordController {

	private static final String REFUSED = "PASSWORD_REFUSED";

	private final PasswordService passwords;

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@MutationMapping
	PasswordPayload activateAccount(@Argument ActivateAccountInput input) {
		return Attempt.of(REFUSED, () -> passwords.activate(input.token(), input.password()), PasswordPayload::new);
	}

	@MutationMapping
	PasswordPayload changePassword(@Argument ChangePasswordInput input) {
		return Attempt.of(REFUSED, () -> {
			passwords.change(input.currentPassword(), input.newPassword());
			return CurrentUser.username();
		}, PasswordPayload::new);
	}

	/** The first password of a new account. */
	record ActivateAccountInput(String token, String password) {
	}

	/** A new password for the signed-in user. */
	record ChangePasswordInput(String currentPassword, String newPassword) {
	}

	/** The account whose password was set, or why it was not. */
	record PasswordPayload(@Nullable String username, List<UserError> userErrors) {
	}

}
