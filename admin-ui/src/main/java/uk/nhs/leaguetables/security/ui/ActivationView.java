package uk.nhs.leaguetables.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.security.PasswordPolicy;
import uk.nhs.leaguetables.security.PasswordService;
import uk.nhs.leaguetables.security.UserAccount;

/**
 * A new account's holder chooses their password with the one-time activation link
 * ({@code /activate/<token>} or {@code /activate?token=}); no sign-in, as the link is the
 * credential. A used, expired or unknown link says so and offers nothing.
 */
@Route(value = "activate", autoLayout = false)
@PageTitle("Activate your account | NHS League Tables")
@AnonymousAllowed
public class ActivationView extends VerticalLayout implements HasUrlParameter<String> {

	private final PasswordService passwords;

	ActivationView(PasswordService passwords) {
		this.passwords = passwords;
		setMaxWidth("40em");
		getStyle().set("margin", "0 auto");
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String pathToken) {
		String token = (pathToken != null) ? pathToken
				: event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		removeAll();
		add(new H1("Activate your account"));
		passwords.accountToActivate(token)
			.ifPresentOrElse((account) -> choosePassword(token, account), () -> add(new Paragraph(
					"This activation link is unknown, used or expired. Ask an administrator for a new one.")));
	}

	private void choosePassword(String token, UserAccount account) {
		Paragraph intro = new Paragraph(
				"Choose the password of " + account.username() + " (" + account.displayName() + ").");
		intro.setId("activation-account");
		PasswordField password = new PasswordField("Password");
		password.setId("activation-password");
		password.setHelperText(PasswordRules.TEXT);
		password.setMaxLength(PasswordPolicy.MAXIMUM_LENGTH);
		PasswordField repeat = new PasswordField("Password again");
		repeat.setId("activation-repeat");
		Span error = Outcome.errorLine("activation-error");
		Button activate = new Button("Set password");
		activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		activate.addClickListener((click) -> {
			if (!password.getValue().equals(repeat.getValue())) {
				error.setText("repeat: the two passwords differ");
				return;
			}
			if (Outcome.attempt(error, () -> passwords.activate(token, password.getValue()), "Your password is set")) {
				removeAll();
				add(new H1("Activate your account"), new Paragraph("Your password is set."),
						new Anchor("login", "Sign in"));
			}
		});
		add(intro, password, repeat, error, activate);
	}

}
