package uk.nhs.leaguetables.console;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign-in for NHS England staff and auditors: a password form, and a link to each OIDC
 * provider when one is configured.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | NHS League Tables")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final LoginForm login = new LoginForm();

	LoginView(ObjectProvider<ClientRegistrationRepository> oidcProviders) {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		login.setAction("login");
		login.setForgotPasswordButtonVisible(false);
		add(new H1("NHS League Tables"), new Paragraph("Console for NHS England staff and auditors"), login);
		if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				ClientRegistration provider = (ClientRegistration) registration;
				Anchor signIn = new Anchor("oauth2/authorization/" + provider.getRegistrationId(),
						"Sign in with " + provider.getClientName());
				// a full page load: the provider's sign-in is not a console route
				signIn.setRouterIgnore(true);
				add(signIn);
			}
		}
	}

	/**
	 * After a failed sign-in, the usual message; after one refused by the throttle, that
	 * the user must wait, which is the same whether or not the account exists.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		boolean throttled = parameters.containsKey("throttled");
		var i18n = LoginI18n.createDefault();
		if (throttled) {
			i18n.getErrorMessage().setTitle("Too many failed sign-ins");
			i18n.getErrorMessage()
				.setMessage("Sign-in is paused for this account or network after repeated failures. "
						+ "Wait a few minutes and try again.");
		}
		login.setI18n(i18n);
		login.setError(throttled || parameters.containsKey("error"));
	}

}
