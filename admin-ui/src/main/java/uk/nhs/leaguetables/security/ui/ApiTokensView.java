package uk.nhs.leaguetables.security.ui;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.security.ApiToken;
import uk.nhs.leaguetables.security.ApiTokenService;
import uk.nhs.leaguetables.security.UserAccount;
import uk.nhs.leaguetables.security.UserAdministrationService;

/**
 * API tokens for administrators: issue one (its secret shown once), list them without
 * secrets, expire and revoke. Tokens act as their account, so the service issues them
 * only for the administrator's own account or accounts without a publication role.
 */
@Route("tokens")
@PageTitle("API tokens | NHS League Tables")
@Menu(order = 46, title = "API tokens", icon = "vaadin:key-o")
@RolesAllowed("ADMIN")
public class ApiTokensView extends VerticalLayout {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

	private final ApiTokenService tokens;

	private final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);

	private final Div secret = new Div();

	private final Span error = Outcome.errorLine("tokens-error");

	ApiTokensView(ApiTokenService tokens, UserAdministrationService administration) {
		this.tokens = tokens;
		setSizeFull();
		secret.setId("token-secret");

		TextField name = new TextField("What it is for");
		name.setId("token-name");
		ComboBox<String> account = new ComboBox<>("Acts as");
		account.setId("token-account");
		account.setItems(administration.users().stream().map(UserAccount::username).toList());
		DatePicker expires = new DatePicker("Expires (optional)");
		expires.setId("token-expires");
		Button issue = new Button("Issue token", (click) -> {
			ApiTokenService.IssuedToken[] issued = new ApiTokenService.IssuedToken[1];
			if (Outcome.attempt(error,
					() -> issued[0] = tokens.issue(name.getValue(), orEmpty(account.getValue()),
							(expires.getValue() != null)
									? expires.getValue().atTime(LocalTime.MAX).atOffset(ZoneOffset.UTC) : null),
					"Token issued")) {
				Paragraph value = new Paragraph(issued[0].secret());
				value.setId("token-secret-value");
				secret.removeAll();
				secret.add(
						new Paragraph("The secret of token #" + issued[0].token().id()
								+ ", shown this once (only its hash is kept); give it to the system that uses it:"),
						value);
				name.clear();
				expires.clear();
				refresh();
			}
		});
		issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout form = new HorizontalLayout(name, account, expires, issue);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);

		grid.setId("api-tokens");
		grid.setAriaLabel("API tokens");
		grid.addColumn((token) -> "#" + token.id()).setHeader("Token").setAutoWidth(true);
		grid.addColumn(ApiToken::name).setHeader("For").setFlexGrow(2);
		grid.addColumn(ApiToken::username).setHeader("Acts as").setAutoWidth(true);
		grid.addColumn((token) -> orEmpty(token.issuedBy())).setHeader("Issued by").setAutoWidth(true);
		grid.addColumn((token) -> WHEN.format(token.createdAt())).setHeader("Issued").setAutoWidth(true);
		grid.addColumn((token) -> (token.expiresAt() != null) ? WHEN.format(token.expiresAt()) : "Never")
			.setHeader("Expires")
			.setAutoWidth(true);
		grid.addColumn((token) -> token.active() ? "Active"
				: (token.revokedAt() != null) ? "Revoked by " + token.revokedBy() : "Expired")
			.setHeader("Status")
			.setAutoWidth(true);
		grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);

		add(new H2("API tokens"), new H3("Issue a token"), form, secret, error, grid);
		refresh();
	}

	private HorizontalLayout actions(ApiToken token) {
		HorizontalLayout actions = new HorizontalLayout();
		if (token.active()) {
			Button revoke = new Button("Revoke", (click) -> {
				Outcome.attempt(error, () -> tokens.revoke(token.id(), null), "Token #" + token.id() + " revoked");
				refresh();
			});
			revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			revoke.getElement().setAttribute("aria-label", "Revoke token #" + token.id() + " " + token.name());
			actions.add(revoke);
		}
		return actions;
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	private void refresh() {
		grid.setItems(tokens.list());
	}

}
