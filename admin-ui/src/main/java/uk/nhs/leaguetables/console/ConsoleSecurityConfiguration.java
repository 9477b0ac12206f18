package uk.nhs.leaguetables.console;

import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import uk.nhs.leaguetables.security.SignInThrottledException;

/**
 * The console's security: form login for NHS England staff (and OIDC sign-in when a
 * provider is configured under {@code spring.security.oauth2.client}), and every view
 * checked against its access annotation on the server (a hidden menu item is never the
 * only protection). The API's own chain comes first and takes the API paths.
 * <p>
 * Vaadin exempts its login form from Spring Security's CSRF check; here it is not exempt,
 * so a page on another site cannot sign a victim's browser in to an account of the
 * attacker's choosing (login CSRF). Vaadin's bootstrap page carries the token in
 * {@code _csrf} meta tags, which the login form posts with the credentials; only Vaadin's
 * own internal requests, which carry Vaadin's CSRF token, stay exempt. A sign-in refused
 * by the throttle ({@link SignInThrottledException}) returns to the login page with
 * {@code ?throttled}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcProviders,
			OidcAccountService oidcAccounts, RequestUtil vaadinRequests) throws Exception {
		if (oidcProviders.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcAccounts)));
		}
		var failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?throttled"));
		failures.setDefaultFailureUrl("/login?error");
		// the login page is set here too: configured before Vaadin's, the form login
		// would
		// otherwise be initialised as Spring Security's generated page
		http.formLogin((login) -> login.loginPage("/login").failureHandler(failures));
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
		return http
			.with(VaadinSecurityConfigurer.vaadin(),
					(vaadin) -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
			.build();
	}

}
