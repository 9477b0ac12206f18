package uk.nhs.leaguetables.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import uk.nhs.leaguetables.security.PasswordPolicy;
import uk.nhs.leaguetables.security.PasswordService;

/** Any signed-in user changes their own password, giving the current one. */
@Route("account/password")
@PageTitle("Change password | NHS League Tables")
@Menu(order = 90, title = "Change password", icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

	ChangePasswordView(PasswordService passwords) {
		PasswordField current = new PasswordField("Current password");
		current.setId("current-password");
		PasswordField next = new PasswordField("New password");
		next.setId("new-password");
		next.setHelperText(PasswordRules.TEXT);
		next.setMaxLength(PasswordPolicy.MAXIMUM_LENGTH);
		PasswordField repeat = new PasswordField("New password again");
		repeat.setId("repeat-password");
		Span error = Outcome.errorLine("password-error");
		Button change = new Button("Change password", (click) -> {
			if (!next.getValue().equals(repeat.getValue())) {
				error.setText("repeat: the two new passwords differ");
				return;
			}
			if (Outcome.attempt(error, () -> passwords.change(current.getValue(), next.getValue()),
					"Your password is changed")) {
				current.clear();
				next.clear();
				repeat.clear();
			}
		});
		change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		setMaxWidth("40em");
		add(new H2("Change password"),
				new Paragraph("Accounts that sign in through the identity provider have no password here."), current,
				next, repeat, error, change);
	}

}
